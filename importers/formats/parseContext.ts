import type { TableContext } from "../table/tableReader.ts";
import type { FactorCatalog } from "./factorCatalog.ts";
import type { KoladaCatalogue } from "./kolada/koladaCatalogue.ts";

/** What a parser may consult besides its file. Loaded lazily: most formats need only the matcher. */
export interface ParseContext extends TableContext {
	/** SN factor definitions per year: the stored ones plus any paired definitions file. */
	factors?: () => FactorCatalog;
	/** Kolada KPI → Insikt area and measure: the built-in catalogue, checked against any saved /v3/kpi answer. */
	koladaCatalogue?: () => KoladaCatalogue;
}
