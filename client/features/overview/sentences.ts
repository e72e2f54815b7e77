import type { InsiktSummary } from "../../../analysis/insikt.ts";
import type { ModelWeight } from "../../../analysis/model.ts";
import type { RankChangeAttribution } from "../../../analysis/rankChangeAttribution.ts";
import type { TrendStatus } from "../../../analysis/rankTrend.ts";
import type { MaySignalReport } from "../../../server/schemas/ranking.ts";
import { formatNumber, formatRank, type Lang } from "../../i18n/format.ts";
import {
	areaLabel,
	gradeName,
	serviceFactorLabel,
} from "../insikt/insiktData.ts";

/**
 * Plain-language sentences generated from the figures. Pure: the same figures give the same words,
 * so the Översikt lead, the report and the tests agree.
 */

const places = (n: number, lang: Lang) =>
	lang === "sv"
		? `${formatNumber(n, 0, lang)} ${n === 1 ? "placering" : "placeringar"}`
		: `${formatNumber(n, 0, lang)} ${n === 1 ? "place" : "places"}`;

export interface OverviewSentenceInput {
	name: string;
	year: number;
	rank: number | null;
	targetRank: number;
	targetYear: number;
	status: TrendStatus;
}

/** e.g. "Partille placerade sig på 32:a plats 2023, 22 placeringar från topp 10. Med nuvarande trend nås inte målet till 2026." */
export function overviewSentence(
	input: OverviewSentenceInput,
	lang: Lang = "sv",
): string {
	const { name, year, rank, targetRank, targetYear, status } = input;
	const top = lang === "sv" ? `topp ${targetRank}` : `the top ${targetRank}`;
	let first: string;
	if (rank === null)
		first =
			lang === "sv"
				? `${name} har ingen placering ${year}.`
				: `${name} has no rank for ${year}.`;
	else if (rank <= targetRank)
		first =
			lang === "sv"
				? `${name} placerade sig på ${formatRank(rank, lang)} plats ${year}, inom ${top}.`
				: `${name} ranked ${formatRank(rank, lang)} in ${year}, within ${top}.`;
	else
		first =
			lang === "sv"
				? `${name} placerade sig på ${formatRank(rank, lang)} plats ${year}, ${places(rank - targetRank, lang)} från ${top}.`
				: `${name} ranked ${formatRank(rank, lang)} in ${year}, ${places(rank - targetRank, lang)} from ${top}.`;
	const second: Record<TrendStatus, string> =
		lang === "sv"
			? {
					"on-track": `Med nuvarande trend nås målet till ${targetYear}.`,
					"off-track": `Med nuvarande trend nås inte målet till ${targetYear}.`,
					"in-top10": `Senaste placeringen är inom ${top}; målet är att hålla den till ${targetYear}.`,
					"insufficient-data": `Det finns för få år med placering för att bedöma trenden mot målet ${targetYear}.`,
				}
			: {
					"on-track": `On the current trend the target is reached by ${targetYear}.`,
					"off-track": `On the current trend the target is not reached by ${targetYear}.`,
					"in-top10": `The latest rank is within ${top}; the target is to keep it until ${targetYear}.`,
					"insufficient-data": `There are too few ranked years to judge the trend towards the target ${targetYear}.`,
				};
	return `${first} ${second[status]}`;
}

/** Decimals that suit a factor's values: survey scores 1–6 get two. */
export function factorDigits(
	kind: "survey" | "statistic",
	value: number | null,
): number {
	if (kind === "survey") return 2;
	const size = Math.abs(value ?? 0);
	return size >= 100 ? 0 : size >= 10 ? 1 : 2;
}

/**
 * Why the rank moved between two years, in words: the published change, then the factor that
 * explains most of the modelled change, including the case "our score rose, but the others rose more".
 */
export function attributionSentence(
	attribution: RankChangeAttribution,
	weights: readonly Pick<ModelWeight, "factorId" | "higherIsBetter">[],
	name: string,
	lang: Lang = "sv",
): string {
	const { fromYear, toYear, publishedRank } = attribution;
	const sv = lang === "sv";
	let first: string;
	if (
		publishedRank.change === null ||
		publishedRank.from === null ||
		publishedRank.to === null
	)
		first = sv
			? `${name} saknar placering ${publishedRank.from === null ? fromYear : toYear}, så förändringen kan inte mätas.`
			: `${name} has no rank for ${publishedRank.from === null ? fromYear : toYear}, so the change cannot be measured.`;
	else if (publishedRank.change === 0)
		first = sv
			? `${name} behöll ${formatRank(publishedRank.to, lang)} plats mellan ${fromYear} och ${toYear}.`
			: `${name} kept ${formatRank(publishedRank.to, lang)} place between ${fromYear} and ${toYear}.`;
	else {
		const climbed = publishedRank.change > 0;
		const n = places(Math.abs(publishedRank.change), lang);
		first = sv
			? `${name} ${climbed ? "klättrade" : "föll"} ${n} mellan ${fromYear} och ${toYear}, från ${formatRank(publishedRank.from, lang)} till ${formatRank(publishedRank.to, lang)} plats.`
			: `${name} ${climbed ? "climbed" : "fell"} ${n} between ${fromYear} and ${toYear}, from ${formatRank(publishedRank.from, lang)} to ${formatRank(publishedRank.to, lang)}.`;
	}
	const main = attribution.factors.find((f) => Math.abs(f.contribution) > 1e-9);
	if (!main)
		return `${first} ${
			sv
				? "Det finns inga faktorresultat för båda åren, så förändringen kan inte fördelas på faktorer."
				: "There are no factor results for both years, so the change cannot be split by factor."
		}`;
	const higherIsBetter =
		weights.find((w) => w.factorId === main.factorId)?.higherIsBetter ?? true;
	const helped = main.contribution > 0;
	// Mid-sentence the factor name starts with a small letter ("Service till företagen" → "service …").
	const label = main.label.charAt(0).toLowerCase() + main.label.slice(1);
	const published = publishedRank.change;
	const modelled = attribution.modelledRank.change;
	const disagrees =
		published !== null &&
		modelled !== null &&
		published !== 0 &&
		modelled !== 0 &&
		Math.sign(published) !== Math.sign(modelled);
	const lead = disagrees
		? sv
			? `Modellen fångar inte den rörelsen: den modellerade placeringen gick i stället från ${formatRank(attribution.modelledRank.from, lang)} till ${formatRank(attribution.modelledRank.to, lang)}, och det förklaras mest av`
			: `The model does not capture that move: the modelled rank went from ${formatRank(attribution.modelledRank.from, lang)} to ${formatRank(attribution.modelledRank.to, lang)} instead, explained mostly by`
		: sv
			? "Enligt modellen förklaras förändringen mest av"
			: "Under the model, the change is explained mostly by";
	const d = (v: number | null) => formatNumber(v, 2, lang);
	if (main.scoreFrom === null || main.scoreTo === null)
		return `${first} ${
			sv
				? `${lead} ${label}, men värdet saknas för ett av åren.`
				: `${lead} ${label}, but its value is missing for one of the years.`
		}`;
	const rose = main.scoreTo > main.scoreFrom;
	const same = Math.abs(main.scoreTo - main.scoreFrom) < 1e-9;
	const improved = same ? false : rose === higherIsBetter;
	const ours = sv
		? same
			? `värdet var oförändrat (${d(main.scoreTo)})`
			: `värdet ${rose ? "steg" : "sjönk"} från ${d(main.scoreFrom)} till ${d(main.scoreTo)}`
		: same
			? `the value was unchanged (${d(main.scoreTo)})`
			: `the value ${rose ? "rose" : "fell"} from ${d(main.scoreFrom)} to ${d(main.scoreTo)}`;
	const meanKnown = main.meanFrom !== null && main.meanTo !== null;
	const meanRose = meanKnown && (main.meanTo ?? 0) > (main.meanFrom ?? 0);
	const others = sv
		? `snittet för alla kommuner ${meanRose ? "steg" : "sjönk"} från ${d(main.meanFrom)} till ${d(main.meanTo)}`
		: `the mean of all municipalities ${meanRose ? "rose" : "fell"} from ${d(main.meanFrom)} to ${d(main.meanTo)}`;
	const effect = sv
		? helped
			? "så faktorn drog upp placeringen"
			: "så faktorn drog ned placeringen"
		: helped
			? "so the factor pulled the rank up"
			: "so the factor pulled the rank down";
	let detail: string;
	if (improved && !helped && meanKnown)
		detail = sv
			? `${ours}, men de andra kommunerna förbättrades mer (${others}), ${effect}.`
			: `${ours}, but the others improved more (${others}), ${effect}.`;
	else if (!improved && !same && helped && meanKnown)
		detail = sv
			? `${ours}, men de andra kommunerna försämrades mer (${others}), ${effect}.`
			: `${ours}, but the others did worse still (${others}), ${effect}.`;
	else if (meanKnown)
		detail = sv
			? `${ours} medan ${others}, ${effect}.`
			: `${ours} while ${others}, ${effect}.`;
	else detail = `${ours}, ${effect}.`;
	return `${first} ${lead} ${label}: ${detail}`;
}

/** The May survey signal in words, or why it cannot be given yet. */
export function maySignalSentence(
	report: MaySignalReport,
	minPairs: number,
	lang: Lang = "sv",
): string {
	const { signal, year, score } = report;
	const sv = lang === "sv";
	const scoreText = formatNumber(score, 2, lang);
	if (signal.status !== "ok" || signal.expectedRank === null)
		return sv
			? `Majenkätens sammanfattande omdöme ${year} är ${scoreText}. Någon väntad septemberplacering kan inte skattas än: det finns ${signal.pairsUsed} tidigare par av majomdöme och septemberplacering, minst ${minPairs} behövs.`
			: `The May survey's overall score for ${year} is ${scoreText}. No expected September rank can be estimated yet: there are ${signal.pairsUsed} earlier pairs of May score and September rank, at least ${minPairs} are needed.`;
	const band =
		signal.low !== null && signal.high !== null
			? sv
				? ` (${formatNumber(signal.level * 100, 0, lang)} %-intervall ${signal.low}–${signal.high})`
				: ` (${formatNumber(signal.level * 100, 0, lang)}% band ${signal.low}–${signal.high})`
			: "";
	const fit = signal.fit
		? sv
			? ` Skattningen bygger på ${signal.fit.n} par, R² = ${formatNumber(signal.fit.rSquared, 2, lang)}.`
			: ` The estimate rests on ${signal.fit.n} pairs, R² = ${formatNumber(signal.fit.rSquared, 2, lang)}.`
		: "";
	const actual =
		report.actualRank !== null
			? sv
				? ` Utfallet i september blev ${formatRank(report.actualRank, lang)} plats.`
				: ` The September result was ${formatRank(report.actualRank, lang)}.`
			: "";
	return sv
		? `Majenkätens sammanfattande omdöme ${year} är ${scoreText}, vilket pekar mot ungefär ${formatRank(signal.expectedRank, lang)} plats i september${band}.${fit}${actual}`
		: `The May survey's overall score for ${year} is ${scoreText}, which points to about ${formatRank(signal.expectedRank, lang)} place in September${band}.${fit}${actual}`;
}

/** One sentence on NKI totalt for the report. */
export function insiktSentence(
	summary: InsiktSummary,
	name: string,
	lang: Lang = "sv",
): string | null {
	const total =
		summary.areas.find((a) => a.area === "totalt") ?? summary.areas[0];
	if (!total) return null;
	const sv = lang === "sv";
	const what =
		total.area === "totalt"
			? areaLabel(total.area, lang)
			: `NKI ${sv ? "för" : "for"} ${areaLabel(total.area, lang).toLowerCase()}`;
	const vsRiket =
		total.riket === null
			? ""
			: sv
				? ` (riket ${formatNumber(total.riket, 0, lang)})`
				: ` (national ${formatNumber(total.riket, 0, lang)})`;
	const rank =
		total.rank === null
			? ""
			: sv
				? `, plats ${total.rank} av ${total.rankedCount}`
				: `, rank ${total.rank} of ${total.rankedCount}`;
	const weakest = summary.weakestServiceFactors[0];
	const weak = weakest
		? sv
			? ` Svagast serviceområde: ${serviceFactorLabel(weakest.measure, lang).toLowerCase()} (${formatNumber(weakest.value, 0, lang)}).`
			: ` Weakest service factor: ${serviceFactorLabel(weakest.measure, lang).toLowerCase()} (${formatNumber(weakest.value, 0, lang)}).`
		: "";
	return sv
		? `I SKR Insikt ${summary.year} fick ${name} ${what} ${formatNumber(total.value, 0, lang)}${vsRiket}, betyget ${gradeName(total.grade.id, lang).toLowerCase()}${rank}.${weak}`
		: `In SKR Insikt ${summary.year}, ${name} scored ${what} ${formatNumber(total.value, 0, lang)}${vsRiket}, grade "${gradeName(total.grade.id, lang)}"${rank}.${weak}`;
}
