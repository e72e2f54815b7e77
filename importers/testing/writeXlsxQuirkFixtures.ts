/**
 * Writes fixtures/xlsx/: one small workbook per quirk of the format, its parts written by hand as
 * Excel, LibreOffice or other tools write them (not by Topp10's writer, so the reader is checked
 * against what it did not produce). Committed; rerun with
 * `npx tsx importers/testing/writeXlsxQuirkFixtures.ts` after changing them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
	escapeXml,
	XML_HEAD as HEAD,
	MAIN_NS as MAIN,
	REL_NS as REL,
	PKG_REL_NS as RELS,
} from "../../domain/officeOpenXml.ts";
import { FIXTURES_DIR } from "../pipeline/bundled.ts";
import { zipParts } from "../table/writeWorkbook.ts";

/** Pinned so the bytes do not change from run to run. */
const MODIFIED = new Date("2026-01-01T00:00:00Z");

interface QuirkSheet {
	name: string;
	/** The part's path, from xl/ as the workbook's rels name it. */
	target?: string;
	/** The whole worksheet part, or just what goes inside <sheetData>. */
	xml?: string;
	sheetData?: string;
	type?: "worksheet" | "chartsheet";
}

interface QuirkWorkbook {
	sheets: QuirkSheet[];
	sharedStrings?: string[];
	/** The <cellXfs> numFmtIds, index = the cells' s; custom formats as [id, code]. */
	cellFormats?: number[];
	customFormats?: [number, string][];
	workbookPr?: string;
	stored?: boolean;
	/** The folder of the workbook part; Excel's is xl. */
	folder?: string;
}

function worksheet(sheetData: string): string {
	return `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData></worksheet>`;
}

function styles(
	cellFormats: number[],
	customFormats: [number, string][],
): string {
	const numFmts = customFormats
		.map(
			([id, code]) =>
				`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
		)
		.join("");
	const xfs = cellFormats
		.map(
			(id) =>
				`<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ""}/>`,
		)
		.join("");
	return `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="${customFormats.length}">${numFmts}</numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${cellFormats.length}">${xfs}</cellXfs></styleSheet>`;
}

function quirkParts(book: QuirkWorkbook): Record<string, string> {
	const xl = book.folder ?? "xl";
	const parts: Record<string, string> = {
		"[Content_Types].xml": `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
		"_rels/.rels": `${HEAD}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${xl}/workbook.xml"/></Relationships>`,
	};
	const rels: string[] = [];
	const sheets = book.sheets.map((sheet, i) => {
		const target = sheet.target ?? `worksheets/sheet${i + 1}.xml`;
		const path = target.startsWith("/") ? target.slice(1) : `${xl}/${target}`;
		parts[path] = sheet.xml ?? worksheet(sheet.sheetData ?? "");
		rels.push(
			`<Relationship Id="rId${i + 1}" Type="${REL}/${sheet.type ?? "worksheet"}" Target="${target}"/>`,
		);
		return `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`;
	});
	if (book.sharedStrings) {
		rels.push(
			`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
		);
		parts[`${xl}/sharedStrings.xml`] =
			`${HEAD}<sst xmlns="${MAIN}" count="${book.sharedStrings.length}" uniqueCount="${book.sharedStrings.length}">${book.sharedStrings.join("")}</sst>`;
	}
	if (book.cellFormats) {
		rels.push(
			`<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>`,
		);
		parts[`${xl}/styles.xml`] = styles(
			book.cellFormats,
			book.customFormats ?? [],
		);
	}
	parts[`${xl}/workbook.xml`] =
		`${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${book.workbookPr ?? ""}<sheets>${sheets.join("")}</sheets></workbook>`;
	parts[`${xl}/_rels/workbook.xml.rels`] =
		`${HEAD}<Relationships xmlns="${RELS}">${rels.join("")}</Relationships>`;
	return parts;
}

function writeQuirk(name: string, bytes: Uint8Array): void {
	const dir = join(FIXTURES_DIR, "xlsx");
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, name), bytes);
}

function quirk(name: string, book: QuirkWorkbook): void {
	writeQuirk(
		name,
		zipParts(quirkParts(book), MODIFIED, { stored: book.stored }),
	);
}

quirk("shared-strings.xlsx", {
	sharedStrings: [
		"<si><t>Kommun</t></si>",
		"<si><t>Partille</t></si>",
		'<si><t xml:space="preserve"> Lerum </t></si>',
		"<si><t>Västra Götalands län &amp; Göteborg</t></si>",
		"<si><t>Dals_x002D_Ed_x000D_</t></si>",
	],
	sheets: [
		{
			name: "Sheet1",
			sheetData:
				'<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>3</v></c></row><row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="s"><v>4</v></c></row>',
		},
	],
});

quirk("inline-strings.xlsx", {
	sheets: [
		{
			name: "Sheet1",
			sheetData:
				'<row r="1"><c r="A1" t="inlineStr"><is><t>Kommun</t></is></c><c r="B1" t="inlineStr"><is><t>2023</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">Upplands-Bro </t></is></c><c r="B2" t="inlineStr"><is><t>24</t></is></c></row>',
		},
	],
});

quirk("rich-text-runs.xlsx", {
	sharedStrings: [
		"<si><r><rPr><b/></rPr><t>Lokalt </t></r><r><t>företagsklimat</t></r></si>",
		'<si><t>Partille</t><rPh sb="0" eb="1"><t>パ</t></rPh><phoneticPr fontId="1"/></si>',
	],
	sheets: [
		{
			name: "Sheet1",
			sheetData:
				'<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><r><t>3</t></r><r><rPr><i/></rPr><t>2</t></r></is></c></row>',
		},
	],
});

quirk("numbers.xlsx", {
	sheets: [
		{
			name: "Sheet1",
			sheetData:
				'<row r="1"><c r="A1" t="n"><v>37.799999999999997</v></c><c r="B1"><v>1038.5</v></c><c r="C1"><v>1E-3</v></c><c r="D1"><v>290</v></c><c r="E1"><v>-4.0199999999999996</v></c></row>',
		},
	],
});

quirk("booleans-and-errors.xlsx", {
	sheets: [
		{
			name: "Sheet1",
			sheetData:
				'<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#DIV/0!</v></c><c r="D1" t="e"><f>NA()</f><v>#N/A</v></c></row>',
		},
	],
});

/** Styles: 0 General, 1 built-in 14 (the short date), 2 custom yyyy-mm-dd, 3 a number format with "d" only in quotes. */
const DATE_STYLES = {
	cellFormats: [0, 14, 164, 165],
	customFormats: [
		[164, "yyyy\\-mm\\-dd"],
		[165, '0.0" dagar"'],
	] as [number, string][],
};

quirk("dates-1900-system.xlsx", {
	...DATE_STYLES,
	sheets: [
		{
			name: "Sheet1",
			sheetData:
				'<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45657.5</v></c><c r="C1" s="3"><v>12.5</v></c><c r="D1"><v>45292</v></c><c r="E1" t="d"><v>2024-03-01T00:00:00Z</v></c></row>',
		},
	],
});

quirk("dates-1904-system.xlsx", {
	...DATE_STYLES,
	workbookPr: '<workbookPr date1904="1"/>',
	sheets: [
		{
			name: "Sheet1",
			sheetData: '<row r="1"><c r="A1" s="1"><v>43830</v></c></row>',
		},
	],
});

quirk("formulas-cached-values.xlsx", {
	sheets: [
		{
			name: "Sheet1",
			sheetData:
				'<row r="1"><c r="A1"><v>30</v></c><c r="B1"><v>2</v></c><c r="C1"><f>A1+B1</f><v>32</v></c><c r="D1" t="str"><f>"Rank "&amp;C1</f><v>Rank 32</v></c></row><row r="2"><c r="A2"><f t="shared" ref="A2:B2" si="0">A1*2</f><v>60</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><f>A2+B2</f></c></row>',
		},
	],
});

quirk("empty-cells-gaps-and-blank-rows.xlsx", {
	cellFormats: [0, 0],
	sheets: [
		{
			name: "Sheet1",
			sheetData:
				'<row r="1"><c r="A1" t="inlineStr"><is><t>Kommun</t></is></c><c r="C1" t="inlineStr"><is><t>2023</t></is></c><c r="F1" s="1"/></row><row r="2" spans="1:6"/><row r="3"><c r="A3" s="1"/><c r="B3" t="inlineStr"><is><t> </t></is></c></row><row r="5"><c t="inlineStr"><is><t>Partille</t></is></c><c/><c><v>32</v></c></row><row><c r="B6"><v>7</v></c></row>',
		},
	],
});

quirk("merged-title-and-blank-rows.xlsx", {
	sheets: [
		{
			name: "Ranking",
			xml: `${HEAD}<worksheet xmlns="${MAIN}"><dimension ref="A1:D5"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ranking 2023</t></is></c><c r="B1" t="inlineStr"><is><t>Ranking 2023</t></is></c></row><row r="2"/><row r="4"><c r="A4" t="inlineStr"><is><t>Kommun</t></is></c><c r="B4" t="inlineStr"><is><t>2023</t></is></c></row><row r="5"><c r="A5" t="inlineStr"><is><t>Partille</t></is></c><c r="B5"><v>32</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:D1"/></mergeCells></worksheet>`,
		},
	],
});

quirk("multiple-sheets-and-a-chart-sheet.xlsx", {
	sheets: [
		{
			name: "Om filen",
			target: "worksheets/sheet2.xml",
			sheetData:
				'<row r="1"><c r="A1" t="inlineStr"><is><t>Källa: Svenskt Näringsliv</t></is></c></row>',
		},
		{
			name: "Diagram",
			type: "chartsheet",
			target: "chartsheets/sheet1.xml",
			xml: `${HEAD}<chartsheet xmlns="${MAIN}"/>`,
		},
		{
			name: "Ranking",
			target: "/xl/worksheets/sheet1.xml",
			sheetData:
				'<row r="1"><c r="A1" t="inlineStr"><is><t>Kommun</t></is></c></row>',
		},
	],
});

quirk("namespace-prefixed-elements.xlsx", {
	sheets: [
		{
			name: "Sheet1",
			xml: `${HEAD}<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Kommun</x:t></x:is></x:c><x:c r="B1"><x:v>2023</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
		},
	],
});

quirk("workbook-part-outside-xl.xlsx", {
	folder: "excel",
	sharedStrings: ["<si><t>Kommun</t></si>"],
	sheets: [
		{
			name: "Sheet1",
			sheetData: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
		},
	],
});

quirk("stored-parts-not-deflated.xlsx", {
	stored: true,
	sheets: [
		{
			name: "Tabell",
			sheetData:
				'<row r="1"><c r="A1" t="inlineStr"><is><t>Kommun</t></is></c></row>',
		},
	],
});

quirk("dimension-past-the-cell-limit.xlsx", {
	sheets: [
		{
			name: "Sheet1",
			xml: `${HEAD}<worksheet xmlns="${MAIN}"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
		},
	],
});

/** No dimension, 150 rows of one cell in the last column: 150 × 16,384 cells once laid out. */
quirk("cells-far-right-past-the-cell-limit.xlsx", {
	sheets: [
		{
			name: "Sheet1",
			sheetData: Array.from(
				{ length: 150 },
				(_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`,
			).join(""),
		},
	],
});

/** 300,000 cells and shared strings left open: read in one pass, not one pass per tag (minutes). */
quirk("unclosed-tags-read-in-one-pass.xlsx", {
	sharedStrings: ["<si><t>Kommun</t></si>", "<si><t>x</t>".repeat(300_000)],
	sheets: [
		{
			name: "Sheet1",
			sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2">${'<c r="A2"><v>1</v>'.repeat(300_000)}</row>`,
		},
	],
});

/**
 * A zip bomb that lies: the sheet's headers say 4,000 bytes, its data inflates to 8 MB. The central
 * directory's sizes pass the limits, so only inflating no further than the declared size stops it.
 */
function lyingBomb(): Uint8Array {
	const padding = " ".repeat(8 * 1024 * 1024);
	const parts = quirkParts({
		sheets: [
			{
				name: "Sheet1",
				sheetData: `${padding}<row r="1"><c r="A1"><v>1</v></c></row>`,
			},
		],
	});
	const bytes = zipParts(parts, MODIFIED);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
	for (let offset = 0; offset + 46 < bytes.length; offset++) {
		const signature = view.getUint32(offset, true);
		const fields =
			signature === 0x04034b50 ? 4 : signature === 0x02014b50 ? 6 : -1;
		if (fields < 0) continue;
		const nameAt = offset + (fields === 4 ? 30 : 46);
		const isSheet = name.every((byte, i) => bytes[nameAt + i] === byte);
		if (isSheet) view.setUint32(offset + fields + 18, 4000, true);
	}
	return bytes;
}

writeQuirk("zip-bomb-lying-sizes.xlsx", lyingBomb());
