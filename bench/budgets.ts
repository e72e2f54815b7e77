/** The budgets of design.md, as `npm run bench` checks them. */
export interface Budget {
	key: BenchKey;
	label: string;
	/** "max": the measured value must be ≤ limit; "min": ≥ limit. */
	kind: "max" | "min";
	limit: number;
	unit: string;
}

export type BenchKey =
	| "apiThroughputRatio"
	| "apiP99Ratio"
	| "apiErrors"
	| "junkFloodP99Ratio"
	| "importFloorRatio"
	| "nationalImportMs"
	| "nationalImportPeakRssMb"
	| "readP99DuringImportRatio"
	| "initialJsGzipKb"
	| "firstChartMs"
	| "scaleP99Growth";

export const BUDGETS: Budget[] = [
	{
		key: "apiThroughputRatio",
		label: "API throughput vs bare route (worst route)",
		kind: "min",
		limit: 0.8,
		unit: "×",
	},
	{
		key: "apiP99Ratio",
		label: "API p99 vs bare route (worst route)",
		kind: "max",
		limit: 1.5,
		unit: "×",
	},
	{
		key: "apiErrors",
		label: "Errors + non-2xx at 50 connections",
		kind: "max",
		limit: 0,
		unit: "",
	},
	{
		key: "junkFloodP99Ratio",
		label:
			"Read p99 during a junk-parameter flood vs the same flood without junk",
		kind: "max",
		limit: 1.5,
		unit: "×",
	},
	{
		key: "importFloorRatio",
		label: "Import vs floor: read + parse + SQLite insert (worst file)",
		kind: "max",
		limit: 3,
		unit: "×",
	},
	{
		key: "nationalImportMs",
		label: "Statistik.xlsx-sized workbook (133,400 values), import",
		kind: "max",
		limit: 5000,
		unit: " ms",
	},
	{
		key: "nationalImportPeakRssMb",
		label: "… peak RSS of the import process",
		kind: "max",
		limit: 400,
		unit: " MB",
	},
	{
		key: "readP99DuringImportRatio",
		label: "… read-route p99 during the import vs idle",
		kind: "max",
		limit: 2,
		unit: "×",
	},
	{
		key: "initialJsGzipKb",
		label: "Initial JS, gzip",
		kind: "max",
		limit: 250,
		unit: " KB",
	},
	{
		key: "firstChartMs",
		label: "First chart or table painted, slowest page (median of 5)",
		kind: "max",
		limit: 600,
		unit: " ms",
	},
	{
		key: "scaleP99Growth",
		label: "Read-route p99, 10× data vs 1× (worst route)",
		kind: "max",
		limit: 2,
		unit: "×",
	},
];

export type Measured = Partial<Record<BenchKey, number>>;

export function passes(budget: Budget, value: number): boolean {
	return budget.kind === "max" ? value <= budget.limit : value >= budget.limit;
}

function format(value: number, unit: string): string {
	const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
	return `${value.toFixed(digits)}${unit}`;
}

function pad(cells: string[], widths: number[]): string {
	return cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ");
}

/** The budget table; a budget that could not be measured says why. */
export function budgetTable(
	measured: Measured,
	notMeasured: Partial<Record<BenchKey, string>>,
): string {
	const rows = BUDGETS.map((budget) => {
		const value = measured[budget.key];
		const limit = `${budget.kind === "max" ? "≤" : "≥"} ${format(budget.limit, budget.unit)}`;
		if (value === undefined || Number.isNaN(value))
			return [
				budget.label,
				"—",
				limit,
				`not measured: ${notMeasured[budget.key] ?? "unknown"}`,
			];
		return [
			budget.label,
			format(value, budget.unit),
			limit,
			passes(budget, value) ? "pass" : "FAIL",
		];
	});
	const header = ["budget", "measured", "limit", "result"];
	const widths = header.map((_, i) =>
		Math.max(...[header, ...rows].map((row) => (row[i] ?? "").length)),
	);
	return [
		pad(header, widths),
		pad(
			widths.map((w) => "-".repeat(w)),
			widths,
		),
		...rows.map((row) => pad(row, widths)),
	].join("\n");
}
