import { describe, expect, it } from "vitest";
import { decodeText } from "./decodeText.ts";

/** What Windows-1252 means by 0x80–0x9F (the five bytes it leaves undefined are not written by Excel). */
const WINDOWS_1252_HIGH: Record<number, string> = {
	128: "€",
	130: "‚",
	131: "ƒ",
	132: "„",
	133: "…",
	134: "†",
	135: "‡",
	136: "ˆ",
	137: "‰",
	138: "Š",
	139: "‹",
	140: "Œ",
	142: "Ž",
	145: "‘",
	146: "’",
	147: "“",
	148: "”",
	149: "•",
	150: "–",
	151: "—",
	152: "˜",
	153: "™",
	154: "š",
	155: "›",
	156: "œ",
	158: "ž",
	159: "Ÿ",
};

describe("decodeText", () => {
	it("decodes every byte 0x80–0x9F of Windows-1252 as Windows-1252 means it (Node's TextDecoder does not)", () => {
		const bytes = Object.keys(WINDOWS_1252_HIGH).map(Number);
		const { text, encoding } = decodeText(
			Uint8Array.from([0x4b, 0xe5, 0x3b, ...bytes]),
		);
		expect(encoding).toBe("windows-1252");
		expect(text).toBe(`Kå;${Object.values(WINDOWS_1252_HIGH).join("")}`);
		expect(text).not.toMatch(/[\u0080-\u009f]/);
	});

	it("reads UTF-8 with and without a BOM, and UTF-16 with and without one", () => {
		const text = "Kommun;Värde\nPartille;–\n";
		const utf8 = new TextEncoder().encode(text);
		expect(decodeText(utf8)).toEqual({ text, encoding: "utf-8" });
		expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
			text,
			encoding: "utf-8-bom",
		});
		const utf16 = Buffer.from(text, "utf16le");
		expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16]))).toEqual({
			text,
			encoding: "utf-16le",
		});
		expect(decodeText(Uint8Array.from(utf16))).toEqual({
			text,
			encoding: "utf-16le",
		});
		const be = Uint8Array.from(utf16);
		for (let i = 0; i < be.length; i += 2)
			[be[i], be[i + 1]] = [be[i + 1] ?? 0, be[i] ?? 0];
		expect(decodeText(be)).toEqual({ text, encoding: "utf-16be" });
	});
});
