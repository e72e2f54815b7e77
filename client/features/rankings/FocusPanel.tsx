import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { factorDigits } from "../factors/factorData.ts";
import { ExportPanel, HeadRow } from "./ExportPanel.tsx";
import { RANKINGS_MESSAGES } from "./messages.ts";
import { ProvenanceCell } from "./ProvenanceMark.tsx";
import {
	type FocusFactorLine,
	type FocusSummary,
	rowsProvenances,
} from "./rankingsData.ts";
import { focusTable } from "./rankingsTables.ts";
import { ScrollTable } from "./ScrollTable.tsx";

/** The focus municipality on every question and factor: in the country, in the selection, among its ten best. */
export function FocusPanel({
	summary,
	year,
	selectionLabel,
	isAll,
}: {
	summary: FocusSummary;
	year: number;
	selectionLabel: string;
	/** The selection is all municipalities, so ranks in it are the national ones. */
	isAll: boolean;
}) {
	const { lang } = useI18n();
	const { focus: m, source } = useMessages(RANKINGS_MESSAGES);
	const synthetic = rowsProvenances([summary.row, ...summary.top]).has(
		"synthetic",
	);
	const name = summary.row.name;
	const title = m.title(name, selectionLabel);
	const topNames = summary.top.map((r) => r.name).join(", ");
	const download = {
		label: m.download(title),
		name: m.fileName(name, year),
		table: () => focusTable(summary, lang),
		meta: {
			title: `${title}, ${year}`,
			municipality: name,
			year,
			source,
			synthetic,
		},
	};
	return (
		<ExportPanel
			titleId="focus-title"
			title={title}
			testId="focus-panel"
			download={download}
		>
			<p data-testid="focus-lead">
				{m.lead(
					name,
					summary.row.rank,
					summary.lines[0]?.nationalOf ?? 0,
					isAll ? summary.row.rank : summary.withinRank,
					summary.withinOf,
				)}{" "}
				{!summary.isMember && m.notMember(name)}
			</p>
			{topNames && <p className="muted">{m.topNames(topNames)}</p>}
			<ScrollTable caption={title} tableClassName="focus-table">
				<HeadRow
					labels={[
						m.factor,
						m.value,
						m.national,
						...(isAll ? [] : [m.within]),
						m.topMean,
						m.amongTop,
					]}
				/>
				<tbody>
					{summary.lines.map((line) => (
						<FocusLine key={line.factor.id} line={line} isAll={isAll} />
					))}
				</tbody>
			</ScrollTable>
		</ExportPanel>
	);
}

/** One question or factor: its value, its ranks (carrying the values' provenance) and the ten best's mean. */
function FocusLine({ line, isAll }: { line: FocusFactorLine; isAll: boolean }) {
	const { lang, num } = useI18n();
	const m = useMessages(RANKINGS_MESSAGES).focus;
	const { kind } = line.factor;
	// A rank compares every municipality's value: it has their provenance, not only this one's.
	const rankCell = (rank: number | null, of: number) => (
		<ProvenanceCell provenance={line.factor.rankProvenance} lang={lang}>
			{m.of(rank, of)}
		</ProvenanceCell>
	);
	return (
		<tr data-factor={line.factor.id}>
			<th scope="row" className="wrap">
				{line.factor.label}
			</th>
			<ProvenanceCell provenance={line.provenance} lang={lang}>
				{num(line.value, factorDigits(kind, line.value))}
			</ProvenanceCell>
			{rankCell(line.nationalRank, line.nationalOf)}
			{!isAll && rankCell(line.withinRank, line.withinOf)}
			<ProvenanceCell provenance={line.topProvenance} lang={lang}>
				{num(line.topMean, factorDigits(kind, line.topMean))}
			</ProvenanceCell>
			{rankCell(line.amongTopRank, line.amongTopOf)}
		</tr>
	);
}
