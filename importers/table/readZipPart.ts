import { crc32, inflateRawSync } from "node:zlib";
import type { ZipPart } from "./zipLimits.ts";

const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export type PartRead =
	| { ok: true; bytes: Uint8Array }
	| { ok: false; reason: string };

/**
 * One part of a zip, inflated. The central directory's sizes were checked by checkZipLimits, but a
 * crafted file can declare a small size and inflate to gigabytes, so zlib is told to stop at the
 * declared size: such a part is refused after at most that many bytes, never inflated further.
 */
export function readZipPart(zip: Uint8Array, part: ZipPart): PartRead {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const header = part.localHeaderOffset;
	if (
		header + 30 > zip.byteLength ||
		view.getUint32(header, true) !== LOCAL_FILE_HEADER
	)
		return { ok: false, reason: `its part ${part.name} is damaged` };
	const start =
		header +
		30 +
		view.getUint16(header + 26, true) +
		view.getUint16(header + 28, true);
	const data = zip.subarray(start, start + part.compressedSize);
	let bytes: Uint8Array;
	if (part.method === STORED) bytes = data;
	else if (part.method === DEFLATED)
		try {
			// maxOutputLength must be at least 1; an empty part inflates to nothing either way.
			bytes = inflateRawSync(data, { maxOutputLength: Math.max(part.size, 1) });
		} catch {
			return {
				ok: false,
				reason: `its part ${part.name} inflates past the ${part.size} bytes it declares, or is damaged`,
			};
		}
	else
		return {
			ok: false,
			reason: `its part ${part.name} is compressed in a way .xlsx files do not use (method ${part.method})`,
		};
	if (bytes.length !== part.size || crc32(bytes) !== part.crc32)
		return { ok: false, reason: `its part ${part.name} is damaged` };
	return { ok: true, bytes };
}
