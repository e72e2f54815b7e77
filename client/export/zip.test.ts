import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32 } from "./crc32.ts";
import { dosDateTime, zipStored } from "./zip.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

/** Reads a stored zip back from its central directory (a test helper, not a general reader). */
function readStored(
	zip: Uint8Array,
): { name: string; data: Uint8Array; crc: number }[] {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const end = zip.length - 22;
	expect(view.getUint32(end, true)).toBe(0x06054b50);
	const count = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	const entries = [];
	for (let i = 0; i < count; i++) {
		expect(view.getUint32(at, true)).toBe(0x02014b50);
		expect(view.getUint16(at + 10, true)).toBe(0); // stored
		const crc = view.getUint32(at + 16, true);
		const size = view.getUint32(at + 20, true);
		const nameLength = view.getUint16(at + 28, true);
		const offset = view.getUint32(at + 42, true);
		const name = new TextDecoder().decode(
			zip.subarray(at + 46, at + 46 + nameLength),
		);
		expect(view.getUint32(offset, true)).toBe(0x04034b50);
		const localName = view.getUint16(offset + 26, true);
		const start = offset + 30 + localName;
		entries.push({ name, crc, data: zip.subarray(start, start + size) });
		at += 46 + nameLength;
	}
	return entries;
}

describe("crc32", () => {
	it("gives the standard check values", () => {
		expect(crc32(bytes("123456789"))).toBe(0xcbf43926);
		expect(crc32(bytes(""))).toBe(0);
		expect(crc32(bytes("The quick brown fox jumps over the lazy dog"))).toBe(
			0x414fa339,
		);
	});
});

describe("dosDateTime", () => {
	it("packs the UTC date and time in two-second steps", () => {
		const { date, time } = dosDateTime(new Date("2026-05-14T09:30:45Z"));
		expect(date).toBe(((2026 - 1980) << 9) | (5 << 5) | 14);
		expect(time).toBe((9 << 11) | (30 << 5) | 22);
	});
});

describe("zipStored", () => {
	it("stores every entry with its name, bytes and CRC-32", () => {
		const zip = zipStored(
			[
				{ name: "a.txt", data: bytes("hej") },
				{ name: "mapp/å.xml", data: bytes("<x>Öckerö</x>") },
			],
			new Date("2026-05-14T00:00:00Z"),
		);
		const entries = readStored(zip);
		expect(entries.map((e) => e.name)).toEqual(["a.txt", "mapp/å.xml"]);
		expect(new TextDecoder().decode(entries[1]?.data)).toBe("<x>Öckerö</x>");
		for (const entry of entries) expect(entry.crc).toBe(crc32(entry.data));
	});
	it("reads back whatever it stores", () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.tuple(fc.string({ minLength: 1, maxLength: 20 }), fc.uint8Array()),
					{
						maxLength: 5,
					},
				),
				(files) => {
					const zip = zipStored(
						files.map(([name, data]) => ({ name, data })),
						new Date(0),
					);
					const back = readStored(zip);
					expect(back.map((e) => [e.name, [...e.data]])).toEqual(
						files.map(([name, data]) => [name, [...data]]),
					);
				},
			),
		);
	});
});
