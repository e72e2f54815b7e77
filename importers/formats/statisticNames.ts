import { normaliseHeader } from "../table/header.ts";

/**
 * The statistics SN's ranking uses (domain.md §1: Statistik.xlsx and the per-factor downloads),
 * so a title or file name that names one says the table holds statistics, not ranks.
 */
export const SN_STATISTIC_NAMES = [
	"Arbetsställen",
	"Nyföretagsamhet",
	"Företagsamhet",
	"Företagande",
	"Kommunalskatt",
	"Marknadsförsörjning",
	"Entreprenader",
	"Andel i arbete",
] as const;

const KEYS = SN_STATISTIC_NAMES.map((name) => ({
	name,
	pattern: new RegExp(`(?:^|[^a-z])${normaliseHeader(name)}(?:$|[^a-z])`),
}));

/** The SN statistic a text names ("Arbetsställen_2002-2023" → "Arbetsställen"), if any. */
export function findStatisticName(text: string): string | undefined {
	const folded = normaliseHeader(text.replace(/_/g, " "));
	return KEYS.find(({ pattern }) => pattern.test(folded))?.name;
}
