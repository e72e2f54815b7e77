import { dosDateTime } from "../../domain/officeOpenXml.ts";
import { crc32 } from "./crc32.ts";

export { dosDateTime };

export interface ZipEntry {
	/** The path inside the archive, e.g. "xl/workbook.xml". */
	name: string;
	data: Uint8Array;
}

/** Bit 11 of the flags: names are UTF-8. */
const UTF8_NAMES = 0x0800;
/** Zip 2.0: what stored entries need. */
const VERSION = 20;

class ByteWriter {
	private readonly chunks: Uint8Array[] = [];
	length = 0;

	bytes(data: Uint8Array): void {
		this.chunks.push(data);
		this.length += data.length;
	}

	/** Little-endian unsigned integers of 2 or 4 bytes, as zip writes them. */
	uints(...fields: readonly [value: number, size: 2 | 4][]): void {
		const size = fields.reduce((sum, [, s]) => sum + s, 0);
		const view = new DataView(new ArrayBuffer(size));
		let offset = 0;
		for (const [value, s] of fields) {
			if (s === 2) view.setUint16(offset, value, true);
			else view.setUint32(offset, value, true);
			offset += s;
		}
		this.bytes(new Uint8Array(view.buffer));
	}

	result(): Uint8Array {
		const out = new Uint8Array(this.length);
		let offset = 0;
		for (const chunk of this.chunks) {
			out.set(chunk, offset);
			offset += chunk.length;
		}
		return out;
	}
}

/**
 * A zip archive with every entry stored (no compression), each with its CRC-32: all an Office
 * Open XML file needs, in a few dozen lines instead of a compression library in the client.
 */
export function zipStored(
	entries: readonly ZipEntry[],
	modified: Date,
): Uint8Array {
	const { date, time } = dosDateTime(modified);
	const encoder = new TextEncoder();
	const out = new ByteWriter();
	const central = new ByteWriter();
	for (const entry of entries) {
		const name = encoder.encode(entry.name);
		const crc = crc32(entry.data);
		const size = entry.data.length;
		const offset = out.length;
		const common: [number, 2 | 4][] = [
			[VERSION, 2],
			[UTF8_NAMES, 2],
			[0, 2], // method: stored
			[time, 2],
			[date, 2],
			[crc, 4],
			[size, 4],
			[size, 4],
			[name.length, 2],
			[0, 2], // extra field length
		];
		out.uints([0x04034b50, 4], ...common);
		out.bytes(name);
		out.bytes(entry.data);
		central.uints(
			[0x02014b50, 4],
			[VERSION, 2], // made by
			...common,
			[0, 2], // comment length
			[0, 2], // disk number
			[0, 2], // internal attributes
			[0, 4], // external attributes
			[offset, 4],
		);
		central.bytes(name);
	}
	const centralOffset = out.length;
	out.bytes(central.result());
	out.uints(
		[0x06054b50, 4],
		[0, 2],
		[0, 2],
		[entries.length, 2],
		[entries.length, 2],
		[central.length, 4],
		[centralOffset, 4],
		[0, 2], // comment length
	);
	return out.result();
}
