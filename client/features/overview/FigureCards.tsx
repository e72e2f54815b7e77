import type { Provenance } from "../../../domain/provenance.ts";
import type { Lang } from "../../i18n/format.ts";
import { rankChangeParts } from "../../i18n/rankChange.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { FigureCard } from "../../ui/FigureCard.tsx";
import { RankChange } from "../../ui/RankChange.tsx";
import { OVERVIEW_MESSAGES } from "./messages.ts";
import type { OverviewFigures } from "./overviewFigures.ts";

type Tone = "good" | "bad" | "neutral";

const toneOfChange = (change: number | null): Tone =>
	change === null || change === 0 ? "neutral" : change > 0 ? "good" : "bad";

const TRACK_TONE: Record<OverviewFigures["status"], Tone> = {
	"on-track": "good",
	"in-top10": "good",
	"off-track": "bad",
	reached: "good",
	missed: "bad",
	"insufficient-data": "neutral",
};

const isSynthetic = (provenance: Provenance | null | undefined) =>
	provenance === "synthetic";

/**
 * Rank, change, places to the top 10, survey score against number 10, and the verdict for the
 * target year; each card marked by the provenance of its own figure.
 */
export function FigureCards({ figures: f }: { figures: OverviewFigures }) {
	const { lang, num, signed, rank } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES).cards;
	const showsPace = showsPaceOf(f);
	return (
		<section aria-label={m.label} className="figure-grid">
			<FigureCard
				testId="card-rank"
				label={m.rank(f.year)}
				value={rank(f.rank)}
				detail={f.rank === null ? m.noRankThisYear : m.ofTotal}
				synthetic={isSynthetic(f.rankProvenance)}
				tone={f.rank !== null && f.rank <= f.targetRank ? "good" : "neutral"}
			/>
			<FigureCard
				testId="card-change"
				label={
					f.previousYear === null ? m.change : m.changeSince(f.previousYear)
				}
				value={<RankChange change={f.change} words="none" lang={lang} />}
				detail={changeDetail(m, f.change, lang)}
				synthetic={isSynthetic(f.changeProvenance)}
				tone={toneOfChange(f.change)}
			/>
			<FigureCard
				testId="card-places"
				label={m.placesToTop10}
				value={num(f.placesToTop10)}
				detail={placesDetail(m, f)}
				synthetic={isSynthetic(f.placesProvenance)}
				detailSynthetic={
					showsPace && isSynthetic(f.placesPerYearNeededProvenance)
						? m.pace
						: null
				}
			/>
			<FigureCard
				testId="card-score"
				label={m.scoreGap}
				value={f.scoreGap === null ? num(f.score, 2) : signed(f.scoreGap, 2)}
				detail={scoreDetail(m, f)}
				synthetic={isSynthetic(
					f.scoreGap === null ? f.scoreProvenance : f.scoreGapProvenance,
				)}
				tone={
					f.scoreGap === null ? "neutral" : f.scoreGap >= 0 ? "good" : "bad"
				}
			/>
			<FigureCard
				testId="card-track"
				label={m.track(f.targetYear)}
				value={m.status[f.status]}
				detail={trackDetail(m, f)}
				synthetic={isSynthetic(f.statusProvenance)}
				detailSynthetic={
					isPassed(f) || !isSynthetic(f.projection?.provenance)
						? null
						: m.projectionWhat
				}
				tone={TRACK_TONE[f.status]}
			/>
		</section>
	);
}

type CardMessages = (typeof OVERVIEW_MESSAGES)["sv"]["cards"];

/** "placeringar upp" under "▲ 9", so the card reads "▲ 9 placeringar upp". */
function changeDetail(
	m: CardMessages,
	change: number | null,
	lang: Lang,
): string {
	if (change === null) return m.noEarlierYear;
	return rankChangeParts(change, lang).words;
}

const showsPaceOf = (f: OverviewFigures) =>
	f.placesToTop10 !== 0 && f.placesPerYearNeeded !== null;

/** Within the top 10, the pace needed to reach it by the target year, or the noun under the count. */
function placesDetail(m: CardMessages, f: OverviewFigures): string {
	if (f.placesToTop10 === 0) return m.withinTop10;
	if (showsPaceOf(f) && f.placesPerYearNeeded !== null)
		return m.placesPerYear(f.placesPerYearNeeded, f.targetYear);
	return m.places(f.placesToTop10 ?? 0);
}

function scoreDetail(m: CardMessages, f: OverviewFigures): string {
	if (f.scoreGap !== null)
		return m.scoreAgainst(f.score, f.numberTenScore, f.numberTenName);
	if (f.score !== null) return m.scoreWithoutNumberTen;
	return m.noScore(f.year);
}

const isPassed = (f: OverviewFigures) =>
	f.status === "reached" || f.status === "missed";

/** For a passed target year the rank it is judged by; for one ahead, where the trend points. */
function trackDetail(m: CardMessages, f: OverviewFigures): string {
	if (isPassed(f))
		return f.targetYearRank
			? m.targetYearRank(f.targetYearRank.rank, f.targetYearRank.year)
			: m.noTargetYearRank(f.targetYear);
	const p = f.projection;
	if (!p) return m.tooFewYears;
	const band =
		p.low !== null && p.high !== null ? m.band(p.level, p.low, p.high) : "";
	return m.trendPoints(p.rank, p.year, band);
}
