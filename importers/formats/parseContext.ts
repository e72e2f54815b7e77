import type { ProgressListener } from "../../domain/importRows.ts";
import type { MunicipalityMatcher } from "../table/municipalityMatcher.ts";
import type { TableRecord } from "../table/readDelimited.ts";
import type { FactorCatalog } from "./factorCatalog.ts";
import type { KoladaKpiMap } from "./kolada/koladaKpis.ts";

/** What a parser may consult besides its file. Loaded lazily: most formats need only the matcher. */
export interface ParseContext {
	matcher: MunicipalityMatcher;
	/** Latest year a file may hold: next year, from the caller's clock. */
	maxYear: number;
	/** SN factor definitions per year: the stored ones plus any paired definitions file. */
	factors?: () => FactorCatalog;
	/** Kolada KPI → Insikt area and measure, from a saved /v3/kpi response or the built-in table. */
	koladaKpis?: () => KoladaKpiMap;
	onProgress?: ProgressListener | undefined;
}

const PROGRESS_STEP = 1000;

/** Runs fn over the records, telling the listener how far it got every thousand records. */
export function forEachRecord(
	records: TableRecord[],
	onProgress: ProgressListener | undefined,
	fn: (record: TableRecord) => void,
): void {
	for (let index = 0; index < records.length; index++) {
		const record = records[index];
		if (record) fn(record);
		if (onProgress && index % PROGRESS_STEP === PROGRESS_STEP - 1)
			onProgress("parse", index + 1, records.length);
	}
	onProgress?.("parse", records.length, records.length);
}

/** "line 12" in a text file, "row 12" in a sheet. */
export function placeOf(record: TableRecord): string {
	return `${record.sheet === undefined ? "line" : "row"} ${record.line}`;
}
