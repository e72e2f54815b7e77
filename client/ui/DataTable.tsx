import type { Cell, TableColumn, TableData } from "../export/table.ts";
import { formatNumber, formatYear, type Lang } from "../i18n/format.ts";
import { useI18n } from "../i18n/useI18n.ts";
import { RankChange } from "./RankChange.tsx";
import { ScrollRegion } from "./ScrollRegion.tsx";

/** A cell as the table view shows it; a year is never digit-grouped, a rank change gets its arrow. */
function CellText({
	cell,
	column,
	lang,
}: {
	cell: Cell;
	column: TableColumn;
	lang: Lang;
}) {
	if (typeof cell !== "number") return cell ?? "–";
	if (column.kind === "year") return formatYear(cell);
	if (column.kind === "rankChange")
		return <RankChange change={cell} lang={lang} />;
	return formatNumber(cell, column.digits ?? 0, lang);
}

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
	const { lang } = useI18n();
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
										<CellText cell={cell} column={c} lang={lang} />
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
