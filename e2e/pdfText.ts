import { inflateSync } from "node:zlib";

/**
 * Just enough of a PDF reader to get the text of each page of a PDF that Chromium printed
 * (Type0 fonts with Identity-H encoding and a ToUnicode map, Flate streams, form XObjects).
 * Test helper only: it lets a browser test check that every printed page carries a label.
 */
interface PdfObject {
	dict: string;
	stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
	const text = pdf.toString("latin1");
	const objects = new Map<number, PdfObject>();
	const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const body = match[2] ?? "";
		const streamAt = body.indexOf("stream");
		if (streamAt === -1) {
			objects.set(Number(match[1]), { dict: body, stream: null });
			continue;
		}
		const dict = body.slice(0, streamAt);
		const start =
			match.index + match[0].indexOf(body) + streamAt + "stream".length;
		const dataStart = text[start] === "\r" ? start + 2 : start + 1;
		const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
		const raw = pdf.subarray(dataStart, dataStart + length);
		const stream = dict.includes("/FlateDecode") ? inflateSync(raw) : raw;
		objects.set(Number(match[1]), { dict, stream });
	}
	return objects;
}

function toUnicodeMap(cmap: string): Map<string, string> {
	const map = new Map<string, string>();
	const hexToText = (hex: string) => {
		let out = "";
		for (let i = 0; i < hex.length; i += 4)
			out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
		return out;
	};
	for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
		for (const pair of (block[1] ?? "").matchAll(
			/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
		))
			map.set((pair[1] ?? "").toUpperCase(), hexToText(pair[2] ?? ""));
	for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
		for (const range of (block[1] ?? "").matchAll(
			/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
		)) {
			const from = Number.parseInt(range[1] ?? "0", 16);
			const to = Number.parseInt(range[2] ?? "0", 16);
			const first = Number.parseInt(range[3] ?? "0", 16);
			for (let code = from; code <= to; code++)
				map.set(
					code.toString(16).toUpperCase().padStart(4, "0"),
					String.fromCharCode(first + code - from),
				);
		}
	return map;
}

const refs = (dict: string, key: string): Map<string, number> => {
	const block = new RegExp(`/${key}\\s*<<([^>]*)>>`).exec(dict)?.[1] ?? "";
	return new Map(
		[...block.matchAll(/\/(\w+)\s+(\d+) 0 R/g)].map((m) => [
			m[1] ?? "",
			Number(m[2]),
		]),
	);
};

function contentText(
	objects: Map<number, PdfObject>,
	content: Buffer,
	resources: string,
	depth = 0,
): string {
	const fonts = new Map<string, Map<string, string>>();
	for (const [name, ref] of refs(resources, "Font")) {
		const font = objects.get(ref);
		const unicodeRef = Number(
			/\/ToUnicode (\d+) 0 R/.exec(font?.dict ?? "")?.[1] ?? -1,
		);
		const cmap = objects.get(unicodeRef)?.stream?.toString("latin1") ?? "";
		fonts.set(name, toUnicodeMap(cmap));
	}
	const forms = refs(resources, "XObject");
	const ops = content.toString("latin1");
	let font = new Map<string, string>();
	let out = "";
	const decode = (hex: string) => {
		let text = "";
		for (let i = 0; i < hex.length; i += 4)
			text += font.get(hex.slice(i, i + 4).toUpperCase()) ?? "";
		return text;
	};
	const token =
		/\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\/(\w+)\s+Do|(ET)/g;
	for (let m = token.exec(ops); m; m = token.exec(ops)) {
		if (m[1]) font = fonts.get(m[1]) ?? new Map();
		else if (m[2] !== undefined) out += decode(m[2]);
		else if (m[3] !== undefined)
			for (const part of m[3].matchAll(/<([0-9A-Fa-f]*)>|(-?[\d.]+)/g)) {
				if (part[1] !== undefined) out += decode(part[1]);
				else if (Number(part[2]) < -200) out += " ";
			}
		else if (m[4] && depth < 4) {
			const form = objects.get(forms.get(m[4]) ?? -1);
			if (form?.stream)
				out += contentText(objects, form.stream, form.dict, depth + 1);
		} else if (m[5]) out += " ";
	}
	return out;
}

/** The text of every page, in page order. */
export function pdfPageTexts(pdf: Buffer): string[] {
	const objects = readObjects(pdf);
	const pagesRoot = [...objects.values()].find((o) =>
		/\/Type\s*\/Pages\b/.test(o.dict),
	);
	const kids = [
		...(
			/\/Kids\s*\[([^\]]*)\]/.exec(pagesRoot?.dict ?? "")?.[1] ?? ""
		).matchAll(/(\d+) 0 R/g),
	].map((m) => Number(m[1]));
	return kids.map((ref) => {
		const page = objects.get(ref);
		if (!page) return "";
		const contentRef = Number(
			/\/Contents (\d+) 0 R/.exec(page.dict)?.[1] ?? -1,
		);
		const content = objects.get(contentRef)?.stream;
		return content ? contentText(objects, content, page.dict) : "";
	});
}
