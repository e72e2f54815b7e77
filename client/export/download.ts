import { type ExportMeta, fileSlug, toCsv } from "./csv.ts";
import type { TableData } from "./table.ts";

/** Saves a blob under a file name through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement("a");
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves a table as sv-SE CSV under a file name made from `name` ("Partille 2023" →
 * partille-2023.csv); with `meta`, the title, year, source, date and Exempeldata line come first.
 */
export function downloadCsv(
	table: TableData,
	name: string,
	meta?: ExportMeta,
): void {
	downloadBlob(
		new Blob([toCsv(table, meta)], { type: "text/csv;charset=utf-8" }),
		`${fileSlug(name)}.csv`,
	);
}
