import type { TitleSource } from "../../domain/importIssues.ts";
import type { Table } from "./tableReader.ts";

/** A text that may say what a table holds: a title row, the sheet name or the file name. */
export interface TitleText {
	from: TitleSource;
	text: string;
}

/** "Arbetsställen_2002-2023.xlsx" → "Arbetsställen 2002-2023". */
function fileStem(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? fileName;
	return base
		.replace(/\.[a-z0-9]{2,5}$/i, "")
		.replace(/[_]+/g, " ")
		.trim();
}

/** The title rows (each as one text), then the sheet name, then the file name. */
export function titleTexts(table: Table): TitleText[] {
	const texts: TitleText[] = table.titleRows
		.map((record) => record.cells.filter((cell) => cell !== "").join(" "))
		.filter((text) => text !== "")
		.map((text) => ({ from: "title-row", text }));
	if (table.file.sheet)
		texts.push({ from: "sheet-name", text: table.file.sheet });
	const stem = fileStem(table.file.fileName);
	if (stem !== "") texts.push({ from: "file-name", text: stem });
	return texts;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

/**
 * The one year the titles name ("Företagsklimat 2023", "insikt-2023.xlsx"): the first source
 * that names exactly one year from 1990 to maxYear decides; a range such as "2002–2023" names
 * none. Sources are read in order: title rows, sheet name, file name.
 */
export function findTitleYear(
	table: Table,
	maxYear: number,
): (TitleText & { year: number }) | null {
	for (const source of ["title-row", "sheet-name", "file-name"] as const) {
		const texts = titleTexts(table).filter((t) => t.from === source);
		const found = texts.flatMap((t) =>
			[...t.text.matchAll(YEAR)]
				.map((m) => Number(m[1]))
				.filter((year) => year >= 1990 && year <= maxYear)
				.map((year) => ({ ...t, year })),
		);
		const years = new Set(found.map((f) => f.year));
		if (years.size === 1 && found[0]) return found[0];
		if (years.size > 1) return null;
	}
	return null;
}

/** The first title text (in titleTexts order) that `find` reads something from. */
export function findInTitles<T>(
	table: Table,
	find: (text: string) => T | undefined,
): (TitleText & { found: T }) | null {
	for (const title of titleTexts(table)) {
		const found = find(title.text);
		if (found !== undefined) return { ...title, found };
	}
	return null;
}
