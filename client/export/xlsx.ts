import {
	columnName,
	escapeXml,
	MAIN_NS,
	PKG_REL_NS,
	REL_NS,
	XML_HEAD,
} from "../../domain/officeOpenXml.ts";
import { EXPORT_MESSAGES } from "./messages.ts";
import { metadataLines, withProvenanceColumns } from "./metadata.ts";
import type { Cell, ExportMeta, TableData } from "./table.ts";
import { zipStored } from "./zip.ts";

/**
 * A small Office Open XML (.xlsx) writer: one sheet with the metadata block on top, then the
 * header row (bold, frozen, with a filter) and the rows. Text is written as inline strings (never
 * as formulas), numbers as numbers with the column's decimals as a number format, synthetic
 * values italic on a yellow fill. The parts are zipped stored, so the client needs no library.
 */

export { columnName, escapeXml };

export const XLSX_MIME =
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(text: string): string {
	return text.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1";
}

type Font = "normal" | "bold" | "title" | "italic";

/** The cell formats (cellXfs) in use, each a font, a fill and a number format. */
class Styles {
	private readonly keys: string[] = ["normal|none|0"];

	/** The style index for a cell; digits undefined means the General format. */
	index(font: Font, synthetic: boolean, digits: number | undefined): number {
		const key = `${font}|${synthetic ? "synthetic" : "none"}|${digits === undefined ? 0 : numberFormatId(digits)}`;
		let index = this.keys.indexOf(key);
		if (index < 0) index = this.keys.push(key) - 1;
		return index;
	}

	xml(): string {
		const fonts: Font[] = ["normal", "bold", "title", "italic"];
		const fontXml: Record<Font, string> = {
			normal: '<font><sz val="11"/><name val="Calibri"/></font>',
			bold: '<font><b/><sz val="11"/><name val="Calibri"/></font>',
			title: '<font><b/><sz val="14"/><name val="Calibri"/></font>',
			italic: '<font><i/><sz val="11"/><name val="Calibri"/></font>',
		};
		const formats = DIGIT_FORMATS.map(
			(code, digits) =>
				`<numFmt numFmtId="${CUSTOM_FORMAT_BASE + digits}" formatCode="${code}"/>`,
		).join("");
		const xfs = this.keys
			.map((key) => {
				const [font = "normal", fill, format = "0"] = key.split("|");
				const fontId = fonts.indexOf(font as Font);
				const fillId = fill === "synthetic" ? 2 : 0;
				return `<xf numFmtId="${format}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${format === "0" ? "" : ' applyNumberFormat="1"'}${fontId > 0 ? ' applyFont="1"' : ""}${fillId > 0 ? ' applyFill="1"' : ""}/>`;
			})
			.join("");
		return `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="${DIGIT_FORMATS.length}">${formats}</numFmts><fonts count="${fonts.length}">${fonts.map((f) => fontXml[f]).join("")}</fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF4D6"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${this.keys.length}">${xfs}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
	}
}

/** "0", "0.0", "0.00" … as custom formats, so a column shows the decimals the page shows. */
const DIGIT_FORMATS = ["0", "0.0", "0.00", "0.000", "0.0000", "0.00000"];
const CUSTOM_FORMAT_BASE = 164;

function numberFormatId(digits: number): number {
	return CUSTOM_FORMAT_BASE + Math.min(Math.max(Math.round(digits), 0), 5);
}

function cellXml(ref: string, cell: Cell, style: number): string {
	const s = style === 0 ? "" : ` s="${style}"`;
	if (cell === null || (typeof cell === "number" && !Number.isFinite(cell)))
		return style === 0 ? "" : `<c r="${ref}"${s}/>`;
	if (typeof cell === "number") return `<c r="${ref}"${s}><v>${cell}</v></c>`;
	return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
}

function rowXml(index: number, cells: readonly string[]): string {
	return `<row r="${index}">${cells.join("")}</row>`;
}

/** Column widths in characters, from the longest text in each column (header included). */
function columnWidths(table: TableData, firstWidth: number): number[] {
	return table.columns.map((column, index) => {
		const longest = Math.max(
			column.label.length,
			...table.rows.map((row) => {
				const cell = row[column.key];
				return cell === null || cell === undefined ? 0 : String(cell).length;
			}),
		);
		const width = Math.min(Math.max(longest + 2, 8), 50);
		return index === 0 ? Math.max(width, firstWidth) : width;
	});
}

interface SheetParts {
	sheet: string;
	styles: string;
	/** The filtered range, e.g. "$A$8:$K$298". */
	filterRange: string | null;
}

function sheetXml(data: TableData, meta: ExportMeta): SheetParts {
	const table = withProvenanceColumns(data, meta.lang);
	const styles = new Styles();
	const rows: string[] = [];
	const lines = metadataLines(meta);
	lines.forEach((line, i) => {
		const r = i + 1;
		const cells =
			line.label === null
				? [
						cellXml(
							`A${r}`,
							line.value,
							styles.index(i === 0 ? "title" : "normal", false, undefined),
						),
					]
				: [
						cellXml(
							`A${r}`,
							line.label,
							styles.index("bold", false, undefined),
						),
						cellXml(`B${r}`, line.value, 0),
					];
		rows.push(rowXml(r, cells));
	});
	const headerRow = lines.length + 2;
	rows.push(
		rowXml(
			headerRow,
			table.columns.map((c, i) =>
				cellXml(
					`${columnName(i)}${headerRow}`,
					c.label,
					styles.index("bold", false, undefined),
				),
			),
		),
	);
	table.rows.forEach((row, index) => {
		const r = headerRow + 1 + index;
		const provenance = data.provenance?.[index];
		rows.push(
			rowXml(
				r,
				table.columns.map((c, i) => {
					const synthetic = provenance?.[c.key] === "synthetic";
					const cell = row[c.key] ?? null;
					const digits = typeof cell === "number" ? c.digits : undefined;
					const style = styles.index(
						synthetic ? "italic" : "normal",
						synthetic,
						digits,
					);
					return cellXml(`${columnName(i)}${r}`, cell, style);
				}),
			),
		);
	});
	const lastColumn = columnName(Math.max(table.columns.length - 1, 0));
	const lastRow = headerRow + table.rows.length;
	const filterRange =
		table.columns.length > 0
			? `$A$${headerRow}:$${lastColumn}$${lastRow}`
			: null;
	const cols = columnWidths(table, 12)
		.map(
			(width, i) =>
				`<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`,
		)
		.join("");
	const pane = `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>`;
	const sheet = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${rows.join("")}</sheetData>${filterRange ? `<autoFilter ref="${filterRange.replaceAll("$", "")}"/>` : ""}</worksheet>`;
	return { sheet, styles: styles.xml(), filterRange };
}

function workbookXml(name: string, filterRange: string | null): string {
	const quoted = `'${name.replaceAll("'", "''")}'`;
	const names = filterRange
		? `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(`${quoted}!${filterRange}`)}</definedName></definedNames>`
		: "";
	return `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets><sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets>${names}</workbook>`;
}

function corePropsXml(meta: ExportMeta): string {
	const created = meta.downloadedAt.toISOString().replace(/\.\d{3}Z$/, "Z");
	return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(meta.title)}</dc:title><dc:creator>Topp10</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`;
}

const CONTENT_TYPES = `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const ROOT_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

const WORKBOOK_RELS = `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;

/** The table as an .xlsx file (bytes), the metadata block above it. */
export function toXlsx(table: TableData, meta: ExportMeta): Uint8Array {
	const name = sheetName(EXPORT_MESSAGES[meta.lang ?? "sv"].sheetName);
	const { sheet, styles, filterRange } = sheetXml(table, meta);
	const encoder = new TextEncoder();
	const part = (path: string, xml: string) => ({
		name: path,
		data: encoder.encode(xml),
	});
	return zipStored(
		[
			part("[Content_Types].xml", CONTENT_TYPES),
			part("_rels/.rels", ROOT_RELS),
			part("docProps/core.xml", corePropsXml(meta)),
			part("xl/workbook.xml", workbookXml(name, filterRange)),
			part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
			part("xl/styles.xml", styles),
			part("xl/worksheets/sheet1.xml", sheet),
		],
		meta.downloadedAt,
	);
}
