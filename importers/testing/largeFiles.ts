import { SERVICE_FACTOR_IDS } from "../../domain/insikt.ts";

/** The Insikt areas and measures a long Insikt table may carry, for files of any size. */
const AREAS = [
	"bygglov",
	"miljo-halsoskydd",
	"livsmedel",
	"servering",
	"brandtillsyn",
	"markupplatelse",
];
const MEASURES = ["nki", ...SERVICE_FACTOR_IDS];

/**
 * A long Insikt table (År;Kommunkod;Område;Mått;Värde) of every code × year × area × measure:
 * 290 municipalities × 20 years is about 240,000 rows and 6 MB, a file that takes a second or
 * more to parse. `badLast` makes the last value unreadable, so the file is refused after all of
 * it is read.
 */
export function largeInsiktCsv(
	codes: readonly string[],
	years: readonly number[],
	options: { badLast?: boolean } = {},
): string {
	const lines = ["År;Kommunkod;Område;Mått;Värde"];
	let n = 0;
	for (const year of years)
		for (const code of codes)
			for (const area of AREAS)
				for (const measure of MEASURES)
					lines.push(`${year};${code};${area};${measure};${50 + (n++ % 50)}`);
	if (options.badLast)
		lines[lines.length - 1] = `${years[0]};${codes[0]};bygglov;nki;x`;
	return `${lines.join("\n")}\n`;
}
