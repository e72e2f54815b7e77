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

/**
 * Swedish files come as UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text")
 * or Windows-1252 (older Excel CSV exports). Bytes that are not valid UTF-8 mean Windows-1252.
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
	try {
		return {
			text: new TextDecoder("utf-8", { fatal: true }).decode(bytes),
			encoding: "utf-8",
		};
	} catch {
		return {
			text: new TextDecoder("windows-1252").decode(bytes),
			encoding: "windows-1252",
		};
	}
}
