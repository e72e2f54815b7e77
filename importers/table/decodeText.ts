import iconv from "iconv-lite";

export type TextEncoding =
	| "utf-8"
	| "utf-8-bom"
	| "utf-16le"
	| "utf-16be"
	| "windows-1252";

export interface DecodedText {
	text: string;
	encoding: TextEncoding;
}

/** How many leading bytes the UTF-16 guess looks at: enough for a header row and a few records. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a byte order mark: text in the Latin range has a zero byte in every other
 * place, so most zero bytes at odd offsets mean little-endian, at even offsets big-endian.
 */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
	const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
	if (length < 4) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < length; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = length / 2;
	if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return "utf-16le";
	if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return "utf-16be";
	return null;
}

/**
 * Swedish files come as UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text", with a BOM,
 * or without one from some tools) or Windows-1252 (Swedish Excel's "CSV (semikolonavgränsad)").
 * Bytes that are not valid UTF-8 mean Windows-1252, decoded by iconv-lite: Node 20's
 * TextDecoder("windows-1252") turns 0x80–0x9F (– — “ ” ‘ ’ … €) into C1 control characters.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return {
			text: new TextDecoder("utf-8").decode(bytes.subarray(3)),
			encoding: "utf-8-bom",
		};
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return {
			text: new TextDecoder("utf-16le").decode(bytes.subarray(2)),
			encoding: "utf-16le",
		};
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return {
			text: new TextDecoder("utf-16be").decode(bytes.subarray(2)),
			encoding: "utf-16be",
		};
	}
	const utf16 = guessUtf16(bytes);
	if (utf16)
		return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
	try {
		return {
			text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
			encoding: "utf-8",
		};
	} catch {
		return {
			text: iconv.decode(
				Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
				"windows-1252",
			),
			encoding: "windows-1252",
		};
	}
}
