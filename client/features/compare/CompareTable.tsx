import type { Comparison } from "../../../server/schemas/compare.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { downloadCsv } from "../../export/download.ts";
import { modelWords } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { ScrollRegion } from "../../ui/ScrollRegion.tsx";
import { type ComparisonSectionProps, sortRows } from "./compareData.ts";
import { comparisonTable } from "./compareTables.ts";
import { COMPARE_MESSAGES } from "./messages.ts";
import { useSort } from "./useSort.ts";

/** The peers side by side, sortable by any column, with the modelled rank and its fit named. */
export function CompareTable({
	comparison,
	code,
	groupLabel,
}: ComparisonSectionProps) {
	const { lang } = useI18n();
	const m = useMessages(COMPARE_MESSAGES).table;
	const c = useMessages(CHART_MESSAGES);
	const { fit } = comparison.model;
	const title = m.title(comparison.year);
	return (
		<section
			className="panel"
			aria-labelledby="compare-table-title"
			data-testid="compare-table"
		>
			<div className="chart-head">
				<h2 id="compare-table-title">{title}</h2>
				<div className="chart-tools">
					<button
						type="button"
						onClick={() =>
							downloadCsv(
								comparisonTable(comparison, lang),
								m.fileName(groupLabel, comparison.year),
							)
						}
					>
						{c.downloadCsv}
					</button>
				</div>
			</div>
			<p className="chart-desc">
				{m.help(
					modelWords(comparison.model.id, lang).name,
					fit.spearman,
					fit.shareWithin5,
				)}
			</p>
			<ScrollRegion label={title}>
				<table className="data-table compare-table">
					<caption className="sr-only">{title}</caption>
					<SortableHead comparison={comparison} />
					<CompareRows comparison={comparison} code={code} />
				</table>
			</ScrollRegion>
			<p className="source">
				{c.source}: {m.source}
			</p>
		</section>
	);
}

function SortableHead({ comparison }: { comparison: Comparison }) {
	const m = useMessages(COMPARE_MESSAGES).table;
	const { sort, setSort } = useSort();
	const columns = [
		{ key: "name", label: m.municipality },
		{ key: "rank", label: m.rank },
		{ key: "score", label: m.score },
		{ key: "modelledRank", label: m.modelled },
		{ key: "nki", label: "NKI" },
		...comparison.factors.map((f) => ({ key: `f:${f.id}`, label: f.label })),
	];
	const ariaSort = (key: string) =>
		sort.key !== key
			? undefined
			: sort.direction === "asc"
				? "ascending"
				: "descending";
	return (
		<thead>
			<tr>
				{columns.map((column) => (
					<th key={column.key} scope="col" aria-sort={ariaSort(column.key)}>
						<button
							type="button"
							className="sort-button"
							onClick={() => setSort(column.key)}
						>
							{column.label}
							<span aria-hidden="true">
								{sort.key !== column.key
									? ""
									: sort.direction === "asc"
										? " ▲"
										: " ▼"}
							</span>
						</button>
					</th>
				))}
			</tr>
		</thead>
	);
}

function CompareRows({
	comparison,
	code,
}: {
	comparison: Comparison;
	code: string;
}) {
	const { num } = useI18n();
	const m = useMessages(COMPARE_MESSAGES).table;
	const { sort } = useSort();
	const syntheticClass = (provenance: string | null | undefined) =>
		provenance === "synthetic" ? "synthetic-value" : undefined;
	return (
		<tbody>
			{sortRows(comparison.rows, sort).map((r) => (
				<tr key={r.code} className={r.code === code ? "is-us" : undefined}>
					<th scope="row">{r.name}</th>
					<td className={syntheticClass(r.rankProvenance)}>{num(r.rank)}</td>
					<td>{num(r.score, 2)}</td>
					<td>{num(r.modelledRank)}</td>
					<td className={syntheticClass(r.nki?.provenance)}>
						{r.nki ? m.nkiWithYear(r.nki.value, r.nki.year) : "–"}
					</td>
					{comparison.factors.map((f) => (
						<td key={f.id}>{num(r.factorScores[f.id] ?? null, 2)}</td>
					))}
				</tr>
			))}
		</tbody>
	);
}
