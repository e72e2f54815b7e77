import { fileSlug, toCsv } from "./csv.ts";
import type { ExportMeta, TableData } from "./table.ts";
import { toXlsx, XLSX_MIME } from "./xlsx.ts";

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

/** Saves a table as an Excel workbook (.xlsx) with its metadata block above it. */
export function downloadXlsx(
	table: TableData,
	name: string,
	meta: ExportMeta,
): void {
	const bytes = toXlsx(table, meta);
	downloadBlob(
		new Blob([bytes.slice().buffer], { type: XLSX_MIME }),
		`${fileSlug(name)}.xlsx`,
	);
}
