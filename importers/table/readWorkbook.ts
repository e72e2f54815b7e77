import ExcelJS from "exceljs";
import type { TableRecord } from "./readDelimited.ts";
import { checkZipLimits } from "./zipLimits.ts";

export interface SheetTable {
	name: string;
	records: TableRecord[];
}

export type WorkbookRead =
	| { ok: true; sheets: SheetTable[] }
	| { ok: false; message: string };

/** Reads every sheet of an .xlsx file into records that remember their sheet, row and column. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
	const limits = checkZipLimits(bytes);
	if (!limits.ok)
		return {
			ok: false,
			message: limits.notZip
				? `not a readable .xlsx workbook (${limits.reason})`
				: `refused before reading: ${limits.reason}`,
		};
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(
			bytes.buffer.slice(
				bytes.byteOffset,
				bytes.byteOffset + bytes.byteLength,
			) as ArrayBuffer,
		);
	} catch (error) {
		return {
			ok: false,
			message: `not a readable .xlsx workbook (${error instanceof Error ? error.message : String(error)})`,
		};
	}
	return {
		ok: true,
		sheets: workbook.worksheets.map((sheet) => ({
			name: sheet.name,
			records: readSheet(sheet),
		})),
	};
}

function readSheet(sheet: ExcelJS.Worksheet): TableRecord[] {
	const records: TableRecord[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
		const cells: string[] = [];
		const columns: number[] = [];
		for (let column = 1; column <= row.cellCount; column++) {
			cells.push(cellText(row.getCell(column)));
			columns.push(column);
		}
		if (cells.some((cell) => cell !== ""))
			records.push({ line: rowNumber, cells, columns, sheet: sheet.name });
	});
	return records;
}

/** The cell as the text a CSV export would hold; a merged title's copies are empty, as in the file. */
function cellText(cell: ExcelJS.Cell): string {
	if (cell.type === ExcelJS.ValueType.Merge) return "";
	return valueText(cell.value).trim();
}

function valueText(value: ExcelJS.CellValue): string {
	if (value === null || value === undefined) return "";
	if (typeof value === "number" || typeof value === "boolean")
		return String(value);
	if (typeof value === "string") return value;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ("richText" in value)
		return value.richText.map((run) => run.text).join("");
	if ("error" in value) return value.error;
	if ("hyperlink" in value) return value.text;
	if ("result" in value) return valueText(value.result ?? null);
	return "";
}
