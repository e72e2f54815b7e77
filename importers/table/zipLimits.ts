/**
 * An .xlsx is a zip: a small file can inflate to gigabytes (a zip bomb). The central directory at
 * the end of the file lists every entry's uncompressed size, so the limits are checked there,
 * before anything is inflated.
 */
import {
	MAX_ENTRIES,
	MAX_ENTRY_BYTES,
	MAX_TOTAL_BYTES,
} from "../../domain/workbookLimits.ts";

export { MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES };

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** ZIP64 writes 0xFFFFFFFF in the 32-bit fields; such sizes are beyond any limit here. */
const ZIP64_MARKER = 0xffffffff;

/** One file inside the zip, as its central directory describes it. */
export interface ZipPart {
	name: string;
	/** 0 stored, 8 deflated; anything else is refused when the part is read. */
	method: number;
	compressedSize: number;
	size: number;
	crc32: number;
	localHeaderOffset: number;
}

export type ZipCheck =
	| { ok: true; entries: number; uncompressedBytes: number; parts: ZipPart[] }
	| { ok: false; notZip?: true; reason: string };

function findEndOfCentralDirectory(view: DataView): number {
	// The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
	const earliest = Math.max(0, view.byteLength - 22 - 65_535);
	for (let offset = view.byteLength - 22; offset >= earliest; offset--)
		if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY)
			return offset;
	return -1;
}

export function checkZipLimits(bytes: Uint8Array): ZipCheck {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = findEndOfCentralDirectory(view);
	if (end < 0)
		return {
			ok: false,
			notZip: true,
			reason: "it is not a zip file (no central directory)",
		};
	const count = view.getUint16(end + 10, true);
	let offset = view.getUint32(end + 16, true);
	if (count > MAX_ENTRIES)
		return {
			ok: false,
			reason: `it holds ${count} files, more than ${MAX_ENTRIES}`,
		};
	let total = 0;
	const parts: ZipPart[] = [];
	const names = new TextDecoder();
	for (let i = 0; i < count; i++) {
		if (
			offset + 46 > view.byteLength ||
			view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY
		)
			return { ok: false, reason: "its table of contents is damaged" };
		const size = view.getUint32(offset + 24, true);
		const nameLength = view.getUint16(offset + 28, true);
		const extraLength = view.getUint16(offset + 30, true);
		const commentLength = view.getUint16(offset + 32, true);
		if (size === ZIP64_MARKER || size > MAX_ENTRY_BYTES)
			return {
				ok: false,
				reason: `one of its parts would inflate to more than ${MAX_ENTRY_BYTES / 1024 / 1024} MB`,
			};
		parts.push({
			name: names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
			method: view.getUint16(offset + 10, true),
			compressedSize: view.getUint32(offset + 20, true),
			size,
			crc32: view.getUint32(offset + 16, true),
			localHeaderOffset: view.getUint32(offset + 42, true),
		});
		total += size;
		if (total > MAX_TOTAL_BYTES)
			return {
				ok: false,
				reason: `it would inflate to more than ${MAX_TOTAL_BYTES / 1024 / 1024} MB`,
			};
		offset += 46 + nameLength + extraLength + commentLength;
	}
	return { ok: true, entries: count, uncompressedBytes: total, parts };
}
