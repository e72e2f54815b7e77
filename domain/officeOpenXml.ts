/**
 * Small pieces both .xlsx writers share (the client's export, client/export/xlsx.ts, and the
 * server's, importers/table/writeWorkbook.ts): namespaces, XML text, column letters, zip timestamps.
 */

export const MAIN_NS =
	"http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS =
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL_NS =
	"http://schemas.openxmlformats.org/package/2006/relationships";
export const XML_HEAD =
	'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Characters XML 1.0 cannot carry at all (C0 controls other than tab and line breaks). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
	return text
		.replace(XML_INVALID, "")
		.replaceAll("&", "&amp;")
		.replaceAll("<", "&lt;")
		.replaceAll(">", "&gt;")
		.replaceAll('"', "&quot;");
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
	let name = "";
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	return name;
}

/** The MS-DOS date and time a zip entry carries (two-second steps), from the UTC clock. */
export function dosDateTime(date: Date): { date: number; time: number } {
	const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
	return {
		date:
			((year - 1980) << 9) |
			((date.getUTCMonth() + 1) << 5) |
			date.getUTCDate(),
		time:
			(date.getUTCHours() << 11) |
			(date.getUTCMinutes() << 5) |
			Math.floor(date.getUTCSeconds() / 2),
	};
}
