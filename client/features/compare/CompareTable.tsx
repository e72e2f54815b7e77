import { useMemo } from "react";
import type { Comparison } from "../../../server/schemas/compare.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { ExportButtons } from "../../export/ExportButtons.tsx";
import { modelWords } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { factorDigits } from "../factors/factorData.ts";
import {
	ProvenanceMark,
	provenanceCellProps,
} from "../rankings/ProvenanceMark.tsx";
import { factorGroups, orderFactors } from "../rankings/rankingsData.ts";
import { ScrollRegion } from "../rankings/ScrollRegion.tsx";
import { type ComparisonSectionProps, sortRows } from "./compareData.ts";
import { comparisonTable, modelledProvenance } from "./compareTables.ts";
import { COMPARE_MESSAGES } from "./messages.ts";
import { SortHeader } from "./SortHeader.tsx";
import { useSort } from "./useSort.ts";

type ComparedFactor = Comparison["factors"][number];

/**
 * The peers side by side, grouped as the sources are: the ranking (published and modelled rank),
 * the survey (sammanfattande omdöme first), the statistics and Insikt; sortable by any column.
 */
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
	const ordered = useMemo(
		() => orderFactors(comparison.factors),
		[comparison.factors],
	);
	const focusName = comparison.rows.find((r) => r.code === code)?.name ?? code;
	return (
		<section
			className="panel"
			aria-labelledby="compare-table-title"
			data-testid="compare-table"
		>
			<div className="chart-head">
				<h2 id="compare-table-title">{title}</h2>
				<ExportButtons
					label={m.download(title)}
					name={m.fileName(groupLabel, comparison.year)}
					table={() => comparisonTable(comparison, ordered, lang)}
					meta={{
						title: `${title}: ${groupLabel}`,
						municipality: focusName,
						year: comparison.year,
						source: m.source,
						synthetic: comparison.provenances.includes("synthetic"),
						notes: [m.modelNote(modelWords(comparison.model.id, lang).name)],
					}}
				/>
			</div>
			<p className="chart-desc">
				{m.help(
					modelWords(comparison.model.id, lang).name,
					fit.spearman,
					fit.shareWithin5,
				)}
			</p>
			<ScrollRegion labelledBy="compare-table-caption">
				<table className="data-table compare-table">
					<caption id="compare-table-caption" className="sr-only">
						{title}: {groupLabel}
					</caption>
					<SortableHead factors={ordered} />
					<CompareRows comparison={comparison} factors={ordered} code={code} />
				</table>
			</ScrollRegion>
			<p className="source">
				{c.source}: {m.source}
			</p>
		</section>
	);
}

function SortableHead({ factors }: { factors: readonly ComparedFactor[] }) {
	const m = useMessages(COMPARE_MESSAGES).table;
	const { sort, setSort } = useSort();
	const head = { sort, onSort: setSort };
	const groups = factorGroups(factors);
	return (
		<thead>
			<tr>
				<SortHeader sortKey="name" rowSpan={2} {...head}>
					{m.municipality}
				</SortHeader>
				<th scope="colgroup" colSpan={2} className="col-group">
					{m.groupRanking}
				</th>
				{groups.map((g) => (
					<th
						key={g.kind}
						scope="colgroup"
						colSpan={g.factors.length}
						className="col-group"
					>
						{g.kind === "survey" ? m.groupSurvey : m.groupStatistics}
					</th>
				))}
				<th scope="colgroup" className="col-group">
					{m.groupInsikt}
				</th>
			</tr>
			<tr>
				<SortHeader sortKey="rank" {...head}>
					{m.rank}
				</SortHeader>
				<SortHeader sortKey="modelledRank" {...head}>
					{m.modelled}
				</SortHeader>
				{groups.flatMap((g) =>
					g.factors.map((f) => (
						<SortHeader key={f.id} sortKey={`f:${f.id}`} {...head}>
							{f.label}
						</SortHeader>
					)),
				)}
				<SortHeader sortKey="nki" {...head}>
					{m.nki}
				</SortHeader>
			</tr>
		</thead>
	);
}

function CompareRows({
	comparison,
	factors,
	code,
}: {
	comparison: Comparison;
	factors: readonly ComparedFactor[];
	code: string;
}) {
	const { lang, num } = useI18n();
	const m = useMessages(COMPARE_MESSAGES).table;
	const { sort } = useSort();
	const groups = factorGroups(factors);
	return (
		<tbody>
			{sortRows(comparison.rows, sort).map((r) => (
				<tr key={r.code} className={r.code === code ? "is-us" : undefined}>
					<th scope="row">{r.name}</th>
					<td {...provenanceCellProps(r.rankProvenance, lang)}>
						{num(r.rank)}
						<ProvenanceMark provenance={r.rankProvenance} lang={lang} />
					</td>
					<td {...provenanceCellProps(modelledProvenance(r), lang)}>
						{num(r.modelledRank)}
						<ProvenanceMark provenance={modelledProvenance(r)} lang={lang} />
					</td>
					{groups.flatMap((g) =>
						g.factors.map((f) => {
							const value = r.factorScores[f.id] ?? null;
							const provenance = r.factorProvenances[f.id];
							return (
								<td key={f.id} {...provenanceCellProps(provenance, lang)}>
									{num(value, factorDigits(f.kind, value))}
									{value !== null && (
										<ProvenanceMark provenance={provenance} lang={lang} />
									)}
								</td>
							);
						}),
					)}
					<td {...provenanceCellProps(r.nki?.provenance, lang)}>
						{r.nki ? m.nkiWithYear(r.nki.value, r.nki.year) : "–"}
						<ProvenanceMark provenance={r.nki?.provenance} lang={lang} />
					</td>
				</tr>
			))}
		</tbody>
	);
}
