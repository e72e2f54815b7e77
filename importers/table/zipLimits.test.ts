import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../pipeline/bundled.ts";
import { checkZipLimits, MAX_ENTRY_BYTES } from "./zipLimits.ts";

/** A one-entry zip whose central directory claims `size` uncompressed bytes. */
function zipClaiming(size: number): Uint8Array {
	const data = deflateRawSync(Buffer.from("x"));
	const name = Buffer.from("xl/worksheets/sheet1.xml");
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt32LE(size, 22);
	local.writeUInt16LE(name.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt32LE(data.length, 20);
	central.writeUInt32LE(size, 24);
	central.writeUInt16LE(name.length, 28);
	const directoryOffset = local.length + name.length + data.length;
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(1, 8);
	end.writeUInt16LE(1, 10);
	end.writeUInt32LE(central.length + name.length, 12);
	end.writeUInt32LE(directoryOffset, 16);
	return Buffer.concat([local, name, data, central, name, end]);
}

describe("checkZipLimits", () => {
	it("passes the workbooks municipalities really have", () => {
		const bytes = readFileSync(
			join(FIXTURES_DIR, "sn-statistics", "statistik.xlsx"),
		);
		expect(checkZipLimits(bytes)).toMatchObject({ ok: true });
	});

	it("refuses, before inflating, a part that would inflate past the limit", () => {
		expect(checkZipLimits(zipClaiming(MAX_ENTRY_BYTES + 1))).toEqual({
			ok: false,
			reason: "one of its parts would inflate to more than 16 MB",
		});
		expect(checkZipLimits(zipClaiming(0xffffffff)).ok).toBe(false);
		expect(checkZipLimits(zipClaiming(1000)).ok).toBe(true);
	});

	it("refuses what is not a zip", () => {
		expect(checkZipLimits(Buffer.from("Kommun;2023\n")).ok).toBe(false);
	});
});
