import type { InsiktSummary } from "../../../analysis/insikt.ts";
import { TOTAL_INSIKT_AREA } from "../../../domain/insikt.ts";
import type { Lang } from "../../i18n/format.ts";
import { midSentence } from "../../i18n/messages.ts";
import { areaLabel, gradeName, serviceFactorLabel } from "../../i18n/terms.ts";
import { INSIKT_MESSAGES } from "./messages.ts";

/** One sentence on NKI totalt (or the first area there is), for the Insikt lead and the report. */
export function insiktSentence(
	summary: InsiktSummary,
	name: string,
	lang: Lang = "sv",
): string | null {
	const m = INSIKT_MESSAGES[lang].sentence;
	const total =
		summary.areas.find((a) => a.area === TOTAL_INSIKT_AREA) ?? summary.areas[0];
	if (!total) return null;
	const what =
		total.area === TOTAL_INSIKT_AREA
			? areaLabel(total.area, lang)
			: m.nkiFor(midSentence(areaLabel(total.area, lang)));
	const weakest = summary.weakestServiceFactors[0];
	return m.summary(
		summary.year,
		name,
		what,
		total.value,
		total.riket === null ? "" : m.vsRiket(total.riket),
		gradeName(total.grade.id, lang),
		total.rank === null ? "" : m.rank(total.rank, total.rankedCount),
		weakest
			? m.weakest(
					serviceFactorLabel(weakest.measure, lang).toLowerCase(),
					weakest.value,
				)
			: "",
	);
}

/** The provenance of the figure the sentence states (NKI totalt, or the first area). */
export function insiktSentenceProvenance(
	summary: InsiktSummary,
): InsiktSummary["areas"][number]["provenance"] | null {
	return (
		(
			summary.areas.find((a) => a.area === TOTAL_INSIKT_AREA) ??
			summary.areas[0]
		)?.provenance ?? null
	);
}
