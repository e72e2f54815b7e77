import { useMemo } from "react";
import type { Comparison } from "../../../server/schemas/compare.ts";
import { CHART_MESSAGES } from "../../charts/messages.ts";
import { modelWords } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { factorDigits } from "../factors/factorData.ts";
import { ExportPanel } from "../rankings/ExportPanel.tsx";
import { FactorGroupHeads } from "../rankings/FactorGroupHeads.tsx";
import { ProvenanceCell } from "../rankings/ProvenanceMark.tsx";
import { factorGroups, orderFactors } from "../rankings/rankingsData.ts";
import { ScrollTable } from "../rankings/ScrollTable.tsx";
import { type ComparisonSectionProps, sortRows } from "./compareData.ts";
import { comparisonTable, modelledProvenance } from "./compareTables.ts";
import { COMPARE_MESSAGES } from "./messages.ts";
import { SortHeader, SortHeaders } from "./SortHeader.tsx";
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
	const model = modelWords(comparison.model.id, lang).name;
	return (
		<ExportPanel
			titleId="compare-table-title"
			title={title}
			testId="compare-table"
			download={{
				label: m.download(title),
				name: m.fileName(groupLabel, comparison.year),
				table: () => comparisonTable(comparison, ordered, lang),
				meta: {
					title: `${title}: ${groupLabel}`,
					municipality: focusName,
					year: comparison.year,
					source: m.source,
					synthetic: comparison.provenances.includes("synthetic"),
					notes: [m.modelNote(model)],
				},
			}}
		>
			<p className="chart-desc">
				{m.help(model, fit.spearman, fit.shareWithin5)}
			</p>
			<ScrollTable
				caption={`${title}: ${groupLabel}`}
				tableClassName="compare-table"
			>
				<SortableHead factors={ordered} />
				<CompareRows comparison={comparison} factors={ordered} code={code} />
			</ScrollTable>
			<p className="source">
				{c.source}: {m.source}
			</p>
		</ExportPanel>
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
				<FactorGroupHeads
					groups={groups}
					survey={m.groupSurvey}
					statistic={m.groupStatistics}
				/>
				<th scope="colgroup" className="col-group">
					{m.groupInsikt}
				</th>
			</tr>
			<tr>
				<SortHeaders
					columns={[
						{ key: "rank", label: m.rank },
						{ key: "modelledRank", label: m.modelled },
						...groups.flatMap((g) =>
							g.factors.map((f) => ({ key: `f:${f.id}`, label: f.label })),
						),
						{ key: "nki", label: m.nki },
					]}
					{...head}
				/>
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
					<ProvenanceCell provenance={r.rankProvenance} lang={lang}>
						{num(r.rank)}
					</ProvenanceCell>
					<ProvenanceCell provenance={modelledProvenance(r)} lang={lang}>
						{num(r.modelledRank)}
					</ProvenanceCell>
					{groups.flatMap((g) =>
						g.factors.map((f) => {
							const value = r.factorScores[f.id] ?? null;
							return (
								<ProvenanceCell
									key={f.id}
									provenance={value === null ? null : r.factorProvenances[f.id]}
									lang={lang}
								>
									{num(value, factorDigits(f.kind, value))}
								</ProvenanceCell>
							);
						}),
					)}
					<ProvenanceCell provenance={r.nki?.provenance} lang={lang}>
						{r.nki ? m.nkiWithYear(r.nki.value, r.nki.year) : "–"}
					</ProvenanceCell>
				</tr>
			))}
		</tbody>
	);
}
