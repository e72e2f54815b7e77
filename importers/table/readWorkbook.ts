import type { TableRecord } from "./readDelimited.ts";
import { readSheetRecords } from "./readSheetRecords.ts";
import { readZipPart } from "./readZipPart.ts";
import {
	readDateStyles,
	readSharedStrings,
	readWorkbookParts,
} from "./workbookXml.ts";
import { checkZipLimits, type ZipPart } from "./zipLimits.ts";

export interface SheetTable {
	name: string;
	records: TableRecord[];
}

export type WorkbookRead =
	| { ok: true; sheets: SheetTable[] }
	| { ok: false; message: string };

/**
 * At most this many cells (rows × columns, counting the empty cells left of a row's last one) in
 * all of a workbook's sheets together. SN's Statistik.xlsx has about 180,000 (6,400 rows × 28
 * columns); the bound is ten times that, and stops a small file of rows with one cell far to the
 * right from becoming billions of empty cells.
 */
export const MAX_WORKBOOK_CELLS = 2_000_000;

const unreadable = (reason: string): WorkbookRead => ({
	ok: false,
	message: `not a readable .xlsx workbook (${reason})`,
});

/** Reads every sheet of an .xlsx file into records that remember their sheet, row and column. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
	const limits = checkZipLimits(bytes);
	if (!limits.ok)
		return limits.notZip
			? unreadable(limits.reason)
			: { ok: false, message: `refused before reading: ${limits.reason}` };
	// Part names are matched without case, as Excel does (some writers differ from their rels).
	const parts = new Map(
		limits.parts.map((part) => [part.name.toLowerCase(), part]),
	);
	const text = (path: string | undefined): string | undefined | Error => {
		const part: ZipPart | undefined =
			path === undefined ? undefined : parts.get(path.toLowerCase());
		if (!part) return undefined;
		const read = readZipPart(bytes, part);
		return read.ok
			? new TextDecoder().decode(read.bytes)
			: new Error(read.reason);
	};
	const workbookXml = text("xl/workbook.xml");
	const relsXml = text("xl/_rels/workbook.xml.rels");
	if (workbookXml instanceof Error) return unreadable(workbookXml.message);
	if (relsXml instanceof Error) return unreadable(relsXml.message);
	if (workbookXml === undefined || relsXml === undefined)
		return unreadable("it has no xl/workbook.xml; is it an .xlsx file?");
	const workbook = readWorkbookParts(workbookXml, relsXml);
	const sharedStringsXml = text(workbook.sharedStrings);
	const stylesXml = text(workbook.styles);
	if (sharedStringsXml instanceof Error)
		return unreadable(sharedStringsXml.message);
	if (stylesXml instanceof Error) return unreadable(stylesXml.message);
	const context = {
		sharedStrings:
			sharedStringsXml === undefined ? [] : readSharedStrings(sharedStringsXml),
		dateStyles: stylesXml === undefined ? [] : readDateStyles(stylesXml),
		date1904: workbook.date1904,
	};
	const sheets: SheetTable[] = [];
	let cellBudget = MAX_WORKBOOK_CELLS;
	for (const sheet of workbook.sheets) {
		const xml = text(sheet.path);
		if (xml instanceof Error) return unreadable(xml.message);
		if (xml === undefined)
			return unreadable(`the sheet "${sheet.name}" is missing (${sheet.path})`);
		const read = readSheetRecords(xml, sheet.name, { ...context, cellBudget });
		if (!read.ok)
			return {
				ok: false,
				message: `refused: the sheet "${sheet.name}" ${read.reason} the ${MAX_WORKBOOK_CELLS.toLocaleString("en")} cells (rows × columns) a workbook may hold`,
			};
		cellBudget -= read.cells;
		sheets.push({ name: sheet.name, records: read.records });
	}
	return { ok: true, sheets };
}
