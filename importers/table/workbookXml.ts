/**
 * The few SpreadsheetML parts a table needs, read with regular expressions over the part's text:
 * the parts are machine-written XML without DTDs, and a scan keeps memory to the text itself (a
 * DOM of Statistik.xlsx would take many times that). Element names may carry a namespace prefix
 * (`<x:row>`), as some .NET writers emit. Every scan moves forward only: a crafted part of
 * unclosed tags costs one pass, not one pass per tag.
 */

const PREFIX = "(?:[A-Za-z_][\\w.-]*:)?";

export interface XmlElement {
	attributes: string;
	inner: string;
}

/**
 * Every `<name …>…</name>` or `<name …/>` in the text (not nested in one another), in order. An
 * element left open ends the scan: no later one could be closed either.
 */
export function* elements(xml: string, name: string): Generator<XmlElement> {
	// [^<>]* stops at the next tag, so a '<name' without its '>' is passed over at once.
	const open = new RegExp(`<${PREFIX}${name}(?=[\\s/>])([^<>]*)>`, "g");
	const close = new RegExp(`</${PREFIX}${name}\\s*>`, "g");
	for (let match = open.exec(xml); match; match = open.exec(xml)) {
		const attributes = match[1] ?? "";
		if (attributes.endsWith("/")) {
			yield { attributes: attributes.slice(0, -1), inner: "" };
			continue;
		}
		close.lastIndex = open.lastIndex;
		const end = close.exec(xml);
		if (!end) return;
		yield { attributes, inner: xml.slice(open.lastIndex, end.index) };
		open.lastIndex = close.lastIndex;
	}
}

const firstPatterns = new Map<string, { open: RegExp; close: RegExp }>();

/** The first `<name>` in the text, as elements() would yield it (its patterns kept: no state). */
export function firstElement(
	xml: string,
	name: string,
): XmlElement | undefined {
	let patterns = firstPatterns.get(name);
	if (!patterns) {
		patterns = {
			open: new RegExp(`<${PREFIX}${name}(?=[\\s/>])([^<>]*)>`),
			close: new RegExp(`</${PREFIX}${name}\\s*>`),
		};
		firstPatterns.set(name, patterns);
	}
	const open = patterns.open.exec(xml);
	if (!open) return undefined;
	const attributes = open[1] ?? "";
	if (attributes.endsWith("/"))
		return { attributes: attributes.slice(0, -1), inner: "" };
	const rest = xml.slice(open.index + open[0].length);
	const close = patterns.close.exec(rest);
	return close ? { attributes, inner: rest.slice(0, close.index) } : undefined;
}

/** The text without the elements of that name (and what is in them). */
export function withoutElements(xml: string, name: string): string {
	const open = new RegExp(`<${PREFIX}${name}(?=[\\s/>])[^<>]*>`, "g");
	const close = new RegExp(`</${PREFIX}${name}\\s*>`, "g");
	let kept = "";
	let from = 0;
	for (let match = open.exec(xml); match; match = open.exec(xml)) {
		kept += xml.slice(from, match.index);
		if (match[0].endsWith("/>")) {
			from = open.lastIndex;
			continue;
		}
		close.lastIndex = open.lastIndex;
		const end = close.exec(xml);
		if (!end) return kept;
		from = open.lastIndex = close.lastIndex;
	}
	return kept + xml.slice(from);
}

export function attribute(
	attributes: string,
	name: string,
): string | undefined {
	const match = new RegExp(
		`(?:^|\\s)${PREFIX}${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`,
	).exec(attributes);
	if (!match) return undefined;
	return decodeEntities(match[1] ?? match[2] ?? "");
}

const NAMED_ENTITIES: Record<string, string> = {
	lt: "<",
	gt: ">",
	amp: "&",
	quot: '"',
	apos: "'",
};

export function decodeEntities(text: string): string {
	if (!text.includes("&")) return text;
	return text.replace(
		/&(#x[0-9a-fA-F]+|#\d+|\w+);/g,
		(whole, entity: string) => {
			if (entity.startsWith("#x"))
				return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
			if (entity.startsWith("#"))
				return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
			return NAMED_ENTITIES[entity] ?? whole;
		},
	);
}

/**
 * The text of a string item (`<si>` or `<is>`): a plain `<t>` or rich-text runs (`<r><t>`) joined;
 * phonetic guides (`<rPh>`, Japanese readings) are not part of the text.
 */
export function stringItemText(inner: string): string {
	const withoutPhonetics = inner.includes("rPh")
		? withoutElements(inner, "rPh")
		: inner;
	let text = "";
	for (const t of elements(withoutPhonetics, "t"))
		text += decodeEntities(t.inner);
	// Excel writes characters XML cannot carry as _xHHHH_ (a carriage return is _x000D_).
	return text.includes("_x")
		? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
				String.fromCharCode(Number.parseInt(hex, 16)),
			)
		: text;
}

export function readSharedStrings(xml: string): string[] {
	return Array.from(elements(xml, "si"), (si) => stringItemText(si.inner));
}

export interface SheetEntry {
	name: string;
	/** The part's path inside the zip, e.g. "xl/worksheets/sheet1.xml". */
	path: string;
}

export interface WorkbookParts {
	sheets: SheetEntry[];
	sharedStrings: string | undefined;
	styles: string | undefined;
	/** Dates counted from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
	date1904: boolean;
}

const WORKSHEET_TYPE = /\/worksheet$/;

/** A relationship's target as a path in the zip: relative to the folder of its source, or absolute. */
export function partPath(folder: string, target: string): string {
	if (target.startsWith("/")) return target.slice(1);
	const parts = folder === "" ? [] : folder.split("/");
	for (const segment of target.split("/"))
		if (segment === "..") parts.pop();
		else if (segment !== "." && segment !== "") parts.push(segment);
	return parts.join("/");
}

/** The folder of a part and where its relationships are: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(path: string): { folder: string; rels: string } {
	const slash = path.lastIndexOf("/");
	const folder = slash < 0 ? "" : path.slice(0, slash);
	const rels = `${folder === "" ? "" : `${folder}/`}_rels/${path.slice(slash + 1)}.rels`;
	return { folder, rels };
}

/** The package's main part (the workbook), from _rels/.rels; Excel's own place when it has none. */
export function readMainPartPath(rootRelsXml: string | undefined): string {
	for (const rel of elements(rootRelsXml ?? "", "Relationship"))
		if (/\/officeDocument$/.test(attribute(rel.attributes, "Type") ?? "")) {
			const target = attribute(rel.attributes, "Target");
			if (target) return partPath("", target);
		}
	return "xl/workbook.xml";
}

/** The worksheets in the workbook's order (chart sheets have no cells and are left out). */
export function readWorkbookParts(
	workbookXml: string,
	relsXml: string,
	folder: string,
): WorkbookParts {
	const targets = new Map<string, { type: string; path: string }>();
	for (const rel of elements(relsXml, "Relationship")) {
		const id = attribute(rel.attributes, "Id");
		const target = attribute(rel.attributes, "Target");
		if (id && target)
			targets.set(id, {
				type: attribute(rel.attributes, "Type") ?? "",
				path: partPath(folder, target),
			});
	}
	const sheets: SheetEntry[] = [];
	for (const sheet of elements(workbookXml, "sheet")) {
		const target = targets.get(attribute(sheet.attributes, "id") ?? "");
		if (target && WORKSHEET_TYPE.test(target.type))
			sheets.push({
				name: attribute(sheet.attributes, "name") ?? "",
				path: target.path,
			});
	}
	const byType = (suffix: string) =>
		[...targets.values()].find((t) => t.type.endsWith(suffix))?.path;
	const properties = firstElement(workbookXml, "workbookPr");
	const date1904 = attribute(properties?.attributes ?? "", "date1904");
	return {
		sheets,
		sharedStrings: byType("/sharedStrings"),
		styles: byType("/styles"),
		date1904: date1904 === "1" || date1904 === "true",
	};
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, and the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([
	14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36,
	45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A format code shows a date when it has y, m, d, h or s outside quoted text and [brackets]. */
export function isDateFormatCode(code: string): boolean {
	const bare = code
		.replace(/\[[^\]]*\]/g, "")
		.replace(/"[^"]*"/g, "")
		.replace(/\\./g, "");
	return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index (a cell's `s`), whether its number format shows a date. */
export function readDateStyles(stylesXml: string): boolean[] {
	const custom = new Map<number, string>();
	for (const format of elements(stylesXml, "numFmt"))
		custom.set(
			Number(attribute(format.attributes, "numFmtId")),
			attribute(format.attributes, "formatCode") ?? "",
		);
	const cellXfs = firstElement(stylesXml, "cellXfs");
	if (!cellXfs) return [];
	return Array.from(elements(cellXfs.inner, "xf"), (xf) => {
		const id = Number(attribute(xf.attributes, "numFmtId") ?? 0);
		const code = custom.get(id);
		return code === undefined
			? BUILT_IN_DATE_FORMATS.has(id)
			: isDateFormatCode(code);
	});
}

/** "AB12" → { column: 28, row: 12 }; either is undefined when the reference lacks it. */
export function cellPosition(ref: string): {
	column: number | undefined;
	row: number | undefined;
} {
	const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(ref.trim());
	if (!match) return { column: undefined, row: undefined };
	let column = 0;
	for (const letter of (match[1] ?? "").toUpperCase())
		column = column * 26 + letter.charCodeAt(0) - 64;
	return {
		column: column > 0 ? column : undefined,
		row: match[2] ? Number(match[2]) : undefined,
	};
}
