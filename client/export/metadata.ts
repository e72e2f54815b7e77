import { provenanceLabel } from "../i18n/terms.ts";
import { EXPORT_MESSAGES } from "./messages.ts";
import type { Cell, ExportMeta, TableColumn, TableData } from "./table.ts";

/** One line of the block above an exported table: a label and its value, or a line of its own. */
export interface MetaLine {
	label: string | null;
	value: string | number;
}

/** Title, municipality, year, source, download date, the Exempeldata line and any notes. */
export function metadataLines(meta: ExportMeta): MetaLine[] {
	const m = EXPORT_MESSAGES[meta.lang ?? "sv"];
	return [
		{ label: null, value: meta.title },
		...(meta.municipality === null
			? []
			: [{ label: m.municipality, value: meta.municipality }]),
		...(meta.year === null ? [] : [{ label: m.year, value: meta.year }]),
		{ label: m.source, value: meta.source },
		{ label: m.downloaded, value: m.downloadedFrom(meta.downloadedAt) },
		...(meta.synthetic ? [{ label: m.synthetic, value: m.syntheticNote }] : []),
		...(meta.notes ?? []).map((note) => ({ label: null, value: note })),
	];
}

/** The key of the provenance column written beside a column. */
export const provenanceKey = (key: string): string => `${key}:provenance`;

/**
 * The table with a provenance column beside every column that has provenance in any row, each
 * cell the provenance in words ("publicerad", "syntetisk exempeldata"), so a file keeps it per value.
 */
export function withProvenanceColumns(
	table: TableData,
	lang: ExportMeta["lang"] = "sv",
): TableData {
	const provenance = table.provenance;
	if (!provenance || provenance.length === 0) return table;
	const marked = new Set(provenance.flatMap((row) => Object.keys(row)));
	const m = EXPORT_MESSAGES[lang];
	const columns = table.columns.flatMap((column): TableColumn[] =>
		marked.has(column.key)
			? [
					column,
					{
						key: provenanceKey(column.key),
						label: m.provenanceOf(column.label),
					},
				]
			: [column],
	);
	const rows = table.rows.map((row, index) => {
		const extra: Record<string, Cell> = {};
		for (const key of marked) {
			const p = provenance[index]?.[key];
			extra[provenanceKey(key)] = p ? provenanceLabel(p, lang) : null;
		}
		return { ...row, ...extra };
	});
	return { columns, rows, provenance };
}
