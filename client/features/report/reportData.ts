import { MIN_MAY_SIGNAL_PAIRS } from "../../../analysis/maySignal.ts";
import {
	combineProvenances,
	type Provenance,
} from "../../../domain/provenance.ts";
import type { ProgressReport } from "../../../server/schemas/actions.ts";
import type { Comparison } from "../../../server/schemas/compare.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import type { Ranking } from "../../../server/schemas/ranking.ts";
import type { NationalRanking } from "../../../server/schemas/rankings.ts";
import type { Lang } from "../../i18n/format.ts";
import { attributionSentence } from "../factors/attributionSentence.ts";
import {
	insiktSentence,
	insiktSentenceProvenance,
} from "../insikt/insiktSentence.ts";
import { INSIKT_MESSAGES } from "../insikt/messages.ts";
import {
	leadProvenances,
	type OverviewFigures,
} from "../overview/overviewFigures.ts";
import { maySignalSentence, rankingSentence } from "../overview/sentences.ts";

/** The answers the report is written from, all for its one year; any but the ranking may still be missing. */
export interface ReportInput {
	ranking: Ranking;
	figures: OverviewFigures;
	gap: GapReport | null;
	insikt: InsiktReport | null;
	comparison: Comparison | null;
	factorRanks?: NationalRanking | null;
	/** The programme section's figure movements (GET /api/actions/progress). */
	planProgress?: ProgressReport | null;
}

/** A sentence of the summary with the provenance of the figures it states. */
export interface ReportSentence {
	text: string;
	provenance: Provenance;
}

/** Every provenance among the figures the report shows, for its synthetic warnings. */
export function reportProvenances({
	ranking,
	figures,
	gap,
	insikt,
	comparison,
	factorRanks,
	planProgress,
}: ReportInput): Provenance[] {
	const { maySignal } = ranking;
	return [
		...ranking.provenances,
		...figures.provenances,
		...(gap ? [...gap.provenance.factors, gap.gap.modelProvenance] : []),
		...(insikt?.summary?.areas.map((a) => a.provenance) ?? []),
		...(comparison ? comparison.provenances : []),
		...(factorRanks
			? [
					...factorRanks.provenances,
					...factorRanks.factors.map((f) => f.rankProvenance),
				]
			: []),
		...(maySignal
			? [
					maySignal.scoreProvenance,
					maySignal.expectedRankProvenance,
					...maySignal.fitProvenances,
				]
			: []),
		...(planProgress?.provenances ?? []),
	];
}

/**
 * The summary, each sentence with its own provenance: the rank and the target, the May signal of
 * the year, why the rank moved, and Insikt as known for the year (or a true sentence when there
 * was none up to it).
 */
export function reportSentences(
	{ ranking, figures, gap, insikt }: ReportInput,
	lang: Lang,
): ReportSentence[] {
	const name = ranking.municipality.name;
	const summary = insikt?.summary ?? null;
	const sentences: (ReportSentence | null)[] = [
		{
			text: rankingSentence(ranking, figures, lang),
			provenance: combineProvenances(leadProvenances(figures)),
		},
		ranking.maySignal
			? {
					text: maySignalSentence(
						ranking.maySignal,
						MIN_MAY_SIGNAL_PAIRS,
						lang,
					),
					provenance: combineProvenances([
						ranking.maySignal.expectedRankProvenance,
						ranking.maySignal.actualRankProvenance,
					]),
				}
			: null,
		gap?.attribution
			? {
					text: attributionSentence(
						gap.attribution,
						gap.model.weights,
						name,
						lang,
					),
					provenance: combineProvenances([
						gap.attribution.publishedRankProvenance,
						gap.attribution.provenance,
					]),
				}
			: null,
		summary
			? insiktFigure(summary, name, lang)
			: insikt && insikt.rankingYear !== null
				? noInsiktUpTo(insikt, name, insikt.rankingYear, lang)
				: null,
	];
	return sentences.filter((s): s is ReportSentence => s !== null);
}

function insiktFigure(
	summary: NonNullable<InsiktReport["summary"]>,
	name: string,
	lang: Lang,
): ReportSentence | null {
	const text = insiktSentence(summary, name, lang);
	if (text === null) return null;
	return {
		text,
		provenance: insiktSentenceProvenance(summary) ?? "published",
	};
}

function noInsiktUpTo(
	insikt: InsiktReport,
	name: string,
	rankingYear: number,
	lang: Lang,
): ReportSentence | null {
	const later = insikt.years.filter((y) => y > rankingYear);
	if (later.length === 0) return null;
	return {
		text: INSIKT_MESSAGES[lang].noneUpTo(name, rankingYear, later[0] ?? null),
		provenance: "published",
	};
}
