import { useI18n } from "../../i18n/useI18n.ts";
import { FigureCard } from "../../ui/FigureCard.tsx";
import type { OverviewFigures } from "./overviewFigures.ts";

/** Rank, change, places to the top 10, survey score against number 10, and the trend towards the target. */
export function FigureCards({ figures }: { figures: OverviewFigures }) {
	const { t, num, signed, rank, lang } = useI18n();
	const sv = lang === "sv";
	const f = figures;
	const statusLabel = {
		"on-track": t("card.onTrack"),
		"off-track": t("card.offTrack"),
		"in-top10": t("card.inTop10"),
		"insufficient-data": t("card.insufficient"),
	}[f.status];
	const p = f.projection;
	const changeDetail =
		f.change === null
			? sv
				? "Inget tidigare år att jämföra med"
				: "No earlier year to compare with"
			: f.change > 0
				? sv
					? "placeringar uppåt"
					: "places up"
				: f.change < 0
					? sv
						? "placeringar nedåt"
						: "places down"
					: sv
						? "samma placering"
						: "same rank";
	const scoreDetail =
		f.scoreGap !== null
			? sv
				? `Sammanfattande omdöme ${num(f.score, 2)} mot ${num(f.numberTenScore, 2)} för ${f.numberTenName ?? "nr 10"} (skala 1–6)`
				: `Overall survey score ${num(f.score, 2)} against ${num(f.numberTenScore, 2)} for ${f.numberTenName ?? "no. 10"} (scale 1–6)`
			: f.score !== null
				? sv
					? "Sammanfattande omdöme (1–6); nr 10:s omdöme saknas detta år"
					: "Overall survey score (1–6); no. 10's score is missing this year"
				: sv
					? `Sammanfattande omdöme saknas för ${f.year}`
					: `No overall survey score for ${f.year}`;
	const band =
		p && p.low !== null && p.high !== null
			? ` (${num(p.level * 100)}${sv ? " %" : "%"}: ${p.low}–${p.high})`
			: "";
	const trackDetail = p
		? sv
			? `Trenden pekar mot ${rank(p.rank)} plats ${p.year}${band}`
			: `The trend points to ${rank(p.rank)} in ${p.year}${band}`
		: sv
			? "Minst tre år med placering behövs för en trend"
			: "At least three ranked years are needed for a trend";
	const placesDetail =
		f.placesToTop10 === 0
			? sv
				? "Inom topp 10"
				: "Within the top 10"
			: f.placesPerYearNeeded !== null
				? sv
					? `${num(f.placesPerYearNeeded, 1)} placeringar per år behövs till ${f.targetYear}`
					: `${num(f.placesPerYearNeeded, 1)} places a year needed by ${f.targetYear}`
				: t("card.places");
	return (
		<section aria-label={t("overview.cards")} className="figure-grid">
			<FigureCard
				testId="card-rank"
				label={t("card.rank", { year: f.year })}
				value={rank(f.rank)}
				detail={
					f.rank === null
						? sv
							? "Ingen placering detta år"
							: "No rank this year"
						: t("card.ofTotal")
				}
				synthetic={f.rankProvenance === "synthetic"}
				tone={f.rank !== null && f.rank <= f.targetRank ? "good" : "neutral"}
			/>
			<FigureCard
				testId="card-change"
				label={
					f.previousYear === null
						? sv
							? "Förändring"
							: "Change"
						: t("card.change", { year: f.previousYear })
				}
				value={
					f.change === null ? (
						"–"
					) : (
						<>
							<span aria-hidden="true">
								{f.change > 0 ? "▲ " : f.change < 0 ? "▼ " : ""}
							</span>
							{signed(f.change)}
						</>
					)
				}
				detail={changeDetail}
				tone={
					f.change === null || f.change === 0
						? "neutral"
						: f.change > 0
							? "good"
							: "bad"
				}
			/>
			<FigureCard
				testId="card-places"
				label={t("card.placesToTop10")}
				value={f.placesToTop10 === null ? "–" : num(f.placesToTop10)}
				detail={placesDetail}
			/>
			<FigureCard
				testId="card-score"
				label={t("card.scoreGap")}
				value={f.scoreGap === null ? num(f.score, 2) : signed(f.scoreGap, 2)}
				detail={scoreDetail}
				synthetic={f.scoreProvenance === "synthetic"}
				tone={
					f.scoreGap === null ? "neutral" : f.scoreGap >= 0 ? "good" : "bad"
				}
			/>
			<FigureCard
				testId="card-track"
				label={t("card.track", { year: f.targetYear })}
				value={statusLabel}
				detail={trackDetail}
				tone={
					f.status === "on-track" || f.status === "in-top10"
						? "good"
						: f.status === "off-track"
							? "bad"
							: "neutral"
				}
			/>
		</section>
	);
}
