import { MIN_MAY_SIGNAL_PAIRS } from "../../../analysis/maySignal.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Comparison } from "../../../server/schemas/compare.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import type { Ranking } from "../../../server/schemas/ranking.ts";
import type { Lang } from "../../i18n/format.ts";
import { attributionSentence } from "../factors/attributionSentence.ts";
import { insiktSentence } from "../insikt/insiktSentence.ts";
import type { OverviewFigures } from "../overview/overviewFigures.ts";
import { maySignalSentence, rankingSentence } from "../overview/sentences.ts";

/** The answers the report is written from; any but the ranking may still be missing. */
export interface ReportInput {
	ranking: Ranking;
	figures: OverviewFigures;
	gap: GapReport | null;
	insikt: InsiktReport | null;
	comparison: Comparison | null;
}

/** Every provenance among the figures the report shows, for its synthetic warnings. */
export function reportProvenances({
	ranking,
	figures,
	gap,
	insikt,
	comparison,
}: ReportInput): Provenance[] {
	const { maySignal } = ranking;
	return [
		...ranking.provenances,
		...figures.provenances,
		...(gap ? gap.provenance.factors : []),
		...(insikt?.summary?.areas.map((a) => a.provenance) ?? []),
		...(comparison ? comparison.provenances : []),
		...(maySignal
			? [maySignal.scoreProvenance, ...maySignal.fitProvenances]
			: []),
	];
}

/** The summary: the rank and the target, the May signal, why the rank moved, and Insikt. */
export function reportSentences(
	{ ranking, figures, gap, insikt }: ReportInput,
	lang: Lang,
): string[] {
	const name = ranking.municipality.name;
	const summary = insikt?.summary ?? null;
	return [
		rankingSentence(ranking, figures, lang),
		ranking.maySignal
			? maySignalSentence(ranking.maySignal, MIN_MAY_SIGNAL_PAIRS, lang)
			: null,
		gap?.attribution
			? attributionSentence(gap.attribution, gap.model.weights, name, lang)
			: null,
		summary ? insiktSentence(summary, name, lang) : null,
	].filter((s): s is string => s !== null);
}
