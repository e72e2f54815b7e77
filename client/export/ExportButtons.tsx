import { useI18n, useMessages } from "../i18n/useI18n.ts";
import { downloadCsv, downloadXlsx } from "./download.ts";
import { EXPORT_MESSAGES } from "./messages.ts";
import type { ExportMeta, TableData } from "./table.ts";

export interface ExportButtonsProps {
	/** Builds the table when a button is pressed (a large table is not built on every render). */
	table: () => TableData;
	/** The file name before it is made safe, e.g. "rankning 2023 A2". */
	name: string;
	/** The metadata block; the download date and the language are added on the click. */
	meta: Omit<ExportMeta, "downloadedAt" | "lang">;
	/**
	 * What the buttons download, read after their visible text ("CSV: ladda ner tabellen"), so a
	 * button's name starts with what it shows.
	 */
	label: string;
}

/** CSV and XLSX download buttons for a table, each file with its metadata block. */
export function ExportButtons({
	table,
	name,
	meta,
	label,
}: ExportButtonsProps) {
	const { lang } = useI18n();
	const m = useMessages(EXPORT_MESSAGES);
	const full = (): ExportMeta => ({ ...meta, lang, downloadedAt: new Date() });
	return (
		<fieldset className="chart-tools">
			<legend className="sr-only">{label}</legend>
			{[
				{ text: m.csv, save: downloadCsv },
				{ text: m.xlsx, save: downloadXlsx },
			].map((file) => (
				<button
					key={file.text}
					type="button"
					onClick={() => file.save(table(), name, full())}
					// The name starts with the visible text ("CSV: ladda ner tabellen").
					aria-label={`${file.text}: ${label}`}
				>
					{file.text}
				</button>
			))}
		</fieldset>
	);
}
