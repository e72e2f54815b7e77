import type { TableColumn, TableData } from "../export/table.ts";
import { formatYear } from "../i18n/format.ts";
import { useI18n } from "../i18n/useI18n.ts";
import { ScrollRegion } from "./ScrollRegion.tsx";

/** A year column (key "year" or "…Year") is written as years are: 2023, never "2 023". */
const isYearColumn = (column: TableColumn) => /(^y|Y)ear$/.test(column.key);

/** A column whose first filled cell is text is left-aligned, numbers right-aligned. */
function isTextColumn(table: TableData, key: string): boolean {
	return (
		typeof table.rows.find((r) => r[key] !== null && r[key] !== undefined)?.[
			key
		] === "string"
	);
}

/** The table view of a chart: the same typed rows the CSV is written from. */
export function DataTable({
	table,
	caption,
}: {
	table: TableData;
	caption: string;
}) {
	const { num } = useI18n();
	return (
		<ScrollRegion label={caption}>
			<table className="data-table">
				<caption>{caption}</caption>
				<thead>
					<tr>
						{table.columns.map((c) => (
							<th
								key={c.key}
								scope="col"
								className={isTextColumn(table, c.key) ? "text" : undefined}
							>
								{c.label}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{table.rows.map((row, i) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own and never reorder here
						<tr key={i}>
							{table.columns.map((c) => {
								const cell = row[c.key] ?? null;
								return (
									<td
										key={c.key}
										className={typeof cell === "string" ? "text" : undefined}
									>
										{typeof cell === "number"
											? isYearColumn(c)
												? formatYear(cell)
												: num(cell, c.digits ?? 0)
											: (cell ?? "–")}
									</td>
								);
							})}
						</tr>
					))}
				</tbody>
			</table>
		</ScrollRegion>
	);
}
