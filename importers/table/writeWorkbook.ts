import { crc32, deflateRawSync } from "node:zlib";
import {
	columnName,
	dosDateTime,
	escapeXml,
	MAIN_NS,
	PKG_REL_NS,
	REL_NS,
	XML_HEAD,
} from "../../domain/officeOpenXml.ts";

/**
 * A small .xlsx writer for the server and the tools (the action plan's export, test workbooks):
 * text as shared strings, numbers, booleans, dates as day numbers with a date format; a bold
 * frozen header row, column widths, merged ranges and list validations. The client has its own
 * (client/export/xlsx.ts, stored zip, no node:zlib).
 */
export type WriteCell = string | number | boolean | Date | null | undefined;

export interface WriteSheet {
	name: string;
	rows: readonly (readonly WriteCell[])[];
	/** The first row bold and frozen above the others. */
	header?: boolean;
	/** Widths in characters, from column A. */
	widths?: readonly number[];
	/** Ranges such as "A1:F1". */
	merges?: readonly string[];
	/** A drop-down of allowed values over a range, e.g. { range: "J2:J40", values: ["Klar"] }. */
	lists?: readonly { range: string; values: readonly string[] }[];
}

export interface WriteOptions {
	creator?: string;
	/** The time written into the zip and the document properties (fixed for reproducible files). */
	modified?: Date;
}

/** Cell styles in styles.xml: 0 normal, 1 bold, 2 date, 3 bold date. */
const BOLD = 1;
const DATE = 2;
const DAY_MS = 86_400_000;
/** Excel's day number of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

class SharedStrings {
	private readonly indexes = new Map<string, number>();
	count = 0;

	index(text: string): number {
		this.count++;
		let index = this.indexes.get(text);
		if (index === undefined) {
			index = this.indexes.size;
			this.indexes.set(text, index);
		}
		return index;
	}

	xml(): string {
		const items = [...this.indexes.keys()]
			.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)
			.join("");
		return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.indexes.size}">${items}</sst>`;
	}
}

function cellXml(
	ref: string,
	cell: WriteCell,
	bold: boolean,
	strings: SharedStrings,
): string {
	const style = (base: number) => (base === 0 ? "" : ` s="${base}"`);
	const font = bold ? BOLD : 0;
	if (cell === null || cell === undefined) return "";
	if (cell instanceof Date)
		return `<c r="${ref}"${style(DATE + font)}><v>${cell.getTime() / DAY_MS + UNIX_EPOCH_SERIAL}</v></c>`;
	if (typeof cell === "number")
		return Number.isFinite(cell)
			? `<c r="${ref}"${style(font)}><v>${cell}</v></c>`
			: "";
	if (typeof cell === "boolean")
		return `<c r="${ref}"${style(font)} t="b"><v>${cell ? 1 : 0}</v></c>`;
	return `<c r="${ref}"${style(font)} t="s"><v>${strings.index(cell)}</v></c>`;
}

function sheetXml(sheet: WriteSheet, strings: SharedStrings): string {
	const rows = sheet.rows
		.map((row, r) => {
			const cells = row
				.map((cell, c) =>
					cellXml(
						`${columnName(c)}${r + 1}`,
						cell,
						sheet.header === true && r === 0,
						strings,
					),
				)
				.join("");
			return `<row r="${r + 1}">${cells}</row>`;
		})
		.join("");
	const width = Math.max(1, ...sheet.rows.map((row) => row.length));
	const dimension = `A1:${columnName(width - 1)}${Math.max(sheet.rows.length, 1)}`;
	const pane = sheet.header
		? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
		: "";
	const cols = sheet.widths?.length
		? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
		: "";
	const merges = sheet.merges?.length
		? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`
		: "";
	const lists = sheet.lists?.length
		? `<dataValidations count="${sheet.lists.length}">${sheet.lists
				.map(
					(list) =>
						`<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${list.range}"><formula1>${escapeXml(`"${list.values.join(",")}"`)}</formula1></dataValidation>`,
				)
				.join("")}</dataValidations>`
		: "";
	return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dimension}"/>${pane}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData>${merges}${lists}</worksheet>`;
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The parts every workbook of `sheetCount` sheets needs besides the sheets themselves. */
function packageParts(
	sheets: readonly WriteSheet[],
	options: WriteOptions,
): Record<string, string> {
	const sheetOverrides = sheets
		.map(
			(_, i) =>
				`<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
		)
		.join("");
	const created = (options.modified ?? new Date())
		.toISOString()
		.replace(/\.\d{3}Z$/, "Z");
	return {
		"[Content_Types].xml": `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetOverrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
		"_rels/.rels": `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
		"docProps/core.xml": `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${escapeXml(options.creator ?? "Topp10")}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`,
		"xl/workbook.xml": `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>${sheets
			.map(
				(sheet, i) =>
					`<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
			)
			.join("")}</sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">${sheets
			.map(
				(_, i) =>
					`<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
			)
			.join(
				"",
			)}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${sheets.length + 2}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
		"xl/styles.xml": STYLES,
	};
}

/** The sheets as an .xlsx file. */
export function writeWorkbook(
	sheets: readonly WriteSheet[],
	options: WriteOptions = {},
): Uint8Array {
	const strings = new SharedStrings();
	const sheetParts = Object.fromEntries(
		sheets.map((sheet, i) => [
			`xl/worksheets/sheet${i + 1}.xml`,
			sheetXml(sheet, strings),
		]),
	);
	return zipParts(
		{
			...packageParts(sheets, options),
			...sheetParts,
			"xl/sharedStrings.xml": strings.xml(),
		},
		options.modified ?? new Date(),
	);
}

/** A zip of the named parts, each deflated (or stored, as some writers do): an Office Open XML package. */
export function zipParts(
	parts: Record<string, string | Uint8Array>,
	modified: Date,
	options: { stored?: boolean | undefined } = {},
): Uint8Array {
	const { date, time } = dosDateTime(modified);
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const [path, content] of Object.entries(parts)) {
		const name = Buffer.from(path, "utf8");
		const data =
			typeof content === "string"
				? Buffer.from(content, "utf8")
				: Buffer.from(content.buffer, content.byteOffset, content.byteLength);
		const deflated = options.stored ? data : deflateRawSync(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4); // made by: zip 2.0
		// The fields the local header and the central directory share, 4 bytes further in the latter.
		for (const [header, at] of [
			[local, 4],
			[central, 6],
		] as const) {
			header.writeUInt16LE(20, at); // needs zip 2.0 (deflate)
			header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
			header.writeUInt16LE(options.stored ? 0 : 8, at + 4); // stored or deflated
			header.writeUInt16LE(time, at + 6);
			header.writeUInt16LE(date, at + 8);
			header.writeUInt32LE(crc32(data), at + 10);
			header.writeUInt32LE(deflated.length, at + 14);
			header.writeUInt32LE(data.length, at + 18);
			header.writeUInt16LE(name.length, at + 22);
		}
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, deflated);
		centrals.push(central, name);
		offset += local.length + name.length + deflated.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(centrals.length / 2, 8);
	end.writeUInt16LE(centrals.length / 2, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
