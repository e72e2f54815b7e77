import { MAX_WORKBOOK_CELLS } from "../../domain/workbookLimits.ts";
import type { TableRecord } from "./readDelimited.ts";
import { readSheetRecords } from "./readSheetRecords.ts";
import { readZipPart } from "./readZipPart.ts";
import {
	readDateStyles,
	readMainPartPath,
	readSharedStrings,
	readWorkbookParts,
	relsPathOf,
} from "./workbookXml.ts";
import { checkZipLimits, type ZipPart } from "./zipLimits.ts";

export interface SheetTable {
	name: string;
	records: TableRecord[];
}

/** Why a workbook is not read: it cannot be, or it would take more than the limits allow. */
export interface WorkbookRefusal {
	ok: false;
	refusal: "unreadable" | "too-large";
	/** What is wrong, without the sentence around it. */
	reason: string;
	/** The whole sentence, in English. */
	message: string;
}

export type WorkbookRead = { ok: true; sheets: SheetTable[] } | WorkbookRefusal;

const unreadable = (reason: string): WorkbookRefusal => ({
	ok: false,
	refusal: "unreadable",
	reason,
	message: `not a readable .xlsx workbook (${reason})`,
});

const tooLarge = (reason: string, message: string): WorkbookRefusal => ({
	ok: false,
	refusal: "too-large",
	reason,
	message,
});

type PartText = { ok: true; text: string | undefined } | WorkbookRefusal;

/** The zip's parts as text, each inflated within its limits; a missing part is undefined. */
function partReader(bytes: Uint8Array, parts: readonly ZipPart[]) {
	// Part names are matched without case, as Excel does (some writers differ from their rels).
	const byName = new Map(parts.map((part) => [part.name.toLowerCase(), part]));
	const decoder = new TextDecoder();
	return (path: string | undefined): PartText => {
		const part =
			path === undefined ? undefined : byName.get(path.toLowerCase());
		if (!part) return { ok: true, text: undefined };
		const read = readZipPart(bytes, part);
		return read.ok
			? { ok: true, text: decoder.decode(read.bytes) }
			: unreadable(read.reason);
	};
}

function cellLimitRefusal(
	sheet: string,
	declared: { rows: number; columns: number } | undefined,
): WorkbookRefusal {
	const what = declared
		? `declares ${declared.rows.toLocaleString("en")} rows × ${declared.columns.toLocaleString("en")} columns, more than`
		: "holds more than";
	const reason = `the sheet "${sheet}" ${what} the ${MAX_WORKBOOK_CELLS.toLocaleString("en")} cells (rows × columns) a workbook may hold`;
	return tooLarge(reason, `refused: ${reason}`);
}

/** Reads every sheet of an .xlsx file into records that remember their sheet, row and column. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
	const limits = checkZipLimits(bytes);
	if (!limits.ok)
		return limits.notZip
			? unreadable(limits.reason)
			: tooLarge(limits.reason, `refused before reading: ${limits.reason}`);
	const text = partReader(bytes, limits.parts);
	const rootRels = text("_rels/.rels");
	if (!rootRels.ok) return rootRels;
	const workbookPath = readMainPartPath(rootRels.text);
	const { folder, rels } = relsPathOf(workbookPath);
	const workbookXml = text(workbookPath);
	const relsXml = text(rels);
	if (!workbookXml.ok) return workbookXml;
	if (!relsXml.ok) return relsXml;
	if (workbookXml.text === undefined || relsXml.text === undefined)
		return unreadable(`it has no ${workbookPath}; is it an .xlsx file?`);
	const workbook = readWorkbookParts(workbookXml.text, relsXml.text, folder);
	const sharedStrings = text(workbook.sharedStrings);
	const styles = text(workbook.styles);
	if (!sharedStrings.ok) return sharedStrings;
	if (!styles.ok) return styles;
	const context = {
		sharedStrings: readSharedStrings(sharedStrings.text ?? ""),
		dateStyles: readDateStyles(styles.text ?? ""),
		date1904: workbook.date1904,
	};
	const sheets: SheetTable[] = [];
	let cellBudget = MAX_WORKBOOK_CELLS;
	for (const sheet of workbook.sheets) {
		const xml = text(sheet.path);
		if (!xml.ok) return xml;
		if (xml.text === undefined)
			return unreadable(`the sheet "${sheet.name}" is missing (${sheet.path})`);
		const read = readSheetRecords(xml.text, sheet.name, {
			...context,
			cellBudget,
		});
		if (!read.ok) return cellLimitRefusal(sheet.name, read.declared);
		cellBudget -= read.cells;
		sheets.push({ name: sheet.name, records: read.records });
	}
	return { ok: true, sheets };
}
