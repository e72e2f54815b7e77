import type { TrendStatus } from "../../../analysis/rankTrend.ts";
import type {
	MaySignalReport,
	Ranking,
} from "../../../server/schemas/ranking.ts";
import type { Lang } from "../../i18n/format.ts";
import { OVERVIEW_MESSAGES } from "./messages.ts";
import type { OverviewFigures } from "./overviewFigures.ts";

/**
 * Plain-language sentences generated from the figures. Pure: the same figures give the same words,
 * so the Översikt lead, the report and the tests agree.
 */

export interface OverviewSentenceInput {
	name: string;
	year: number;
	rank: number | null;
	/** From the API's gap answer; null while it is not known. */
	placesToTop10: number | null;
	targetRank: number;
	targetYear: number;
	status: TrendStatus;
	/** The rank of a passed target year, which a reached/missed verdict names. */
	targetYearRank?: number | null;
}

/** e.g. "Partille placerade sig på 32:a plats 2023, 22 placeringar från topp 10. Med nuvarande trend nås inte målet till 2026." */
export function overviewSentence(
	input: OverviewSentenceInput,
	lang: Lang = "sv",
): string {
	const m = OVERVIEW_MESSAGES[lang].sentence;
	const { name, year, rank, placesToTop10 } = input;
	const first =
		rank === null
			? m.noRank(name, year)
			: rank <= input.targetRank
				? m.within(name, rank, year)
				: placesToTop10 === null
					? m.ranked(name, rank, year)
					: m.away(name, rank, year, placesToTop10);
	const { status, targetYear } = input;
	const verdict =
		status === "reached" || status === "missed"
			? m.status[status](targetYear, input.targetYearRank ?? null)
			: m.status[status](targetYear);
	return `${first} ${verdict}`;
}

/** The May survey signal in words, or why it cannot be given yet. */
export function maySignalSentence(
	report: MaySignalReport,
	minPairs: number,
	lang: Lang = "sv",
): string {
	const m = OVERVIEW_MESSAGES[lang].maySignal;
	const { signal, year, score } = report;
	if (signal.status !== "ok" || signal.expectedRank === null)
		return m.notYet(year, score, signal.pairsUsed, minPairs);
	const band =
		signal.low !== null && signal.high !== null
			? m.interval(signal.level, signal.low, signal.high)
			: "";
	const fit = signal.fit ? m.basis(signal.fit.n, signal.fit.rSquared) : "";
	const actual = report.actualRank !== null ? m.outcome(report.actualRank) : "";
	return `${m.expected(year, score, signal.expectedRank)}${band}.${fit}${actual}`;
}

/** The overview sentence for a ranking answer and the figures read for the year. */
export function rankingSentence(
	ranking: Ranking,
	figures: OverviewFigures,
	lang: Lang,
): string {
	return overviewSentence(
		{
			name: ranking.municipality.name,
			year: figures.year,
			rank: figures.rank,
			placesToTop10: figures.placesToTop10,
			targetRank: figures.targetRank,
			targetYear: figures.targetYear,
			status: figures.status,
			targetYearRank: figures.targetYearRank?.rank ?? null,
		},
		lang,
	);
}
