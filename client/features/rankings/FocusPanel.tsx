import { ExportButtons } from "../../export/ExportButtons.tsx";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { factorDigits } from "../factors/factorData.ts";
import { RANKINGS_MESSAGES } from "./messages.ts";
import { ProvenanceMark, provenanceCellProps } from "./ProvenanceMark.tsx";
import type { FocusFactorLine, FocusSummary } from "./rankingsData.ts";
import { focusTable } from "./rankingsTables.ts";
import { ScrollRegion } from "./ScrollRegion.tsx";

/** The focus municipality on every question and factor: in the country, in the selection, among its ten best. */
export function FocusPanel({
	summary,
	year,
	selectionLabel,
	isAll,
	source,
	synthetic,
}: {
	summary: FocusSummary;
	year: number;
	selectionLabel: string;
	/** The selection is all municipalities, so ranks in it are the national ones. */
	isAll: boolean;
	source: string;
	synthetic: boolean;
}) {
	const { lang, num } = useI18n();
	const m = useMessages(RANKINGS_MESSAGES).focus;
	const name = summary.row.name;
	const title = m.title(name, selectionLabel);
	const topNames = summary.top.map((r) => r.name).join(", ");
	return (
		<section
			className="panel"
			aria-labelledby="focus-title"
			data-testid="focus-panel"
		>
			<div className="chart-head">
				<h2 id="focus-title">{title}</h2>
				<ExportButtons
					label={title}
					name={m.fileName(name, year)}
					table={() => focusTable(summary, lang)}
					meta={{
						title: `${title}, ${year}`,
						municipality: name,
						year,
						source,
						synthetic,
					}}
				/>
			</div>
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
			<ScrollRegion labelledBy="focus-caption">
				<table className="data-table focus-table">
					<caption id="focus-caption" className="sr-only">
						{title}
					</caption>
					<thead>
						<tr>
							<th scope="col">{m.factor}</th>
							<th scope="col">{m.value}</th>
							<th scope="col">{m.national}</th>
							{!isAll && <th scope="col">{m.within}</th>}
							<th scope="col">{m.topMean}</th>
							<th scope="col">{m.amongTop}</th>
						</tr>
					</thead>
					<tbody>
						{summary.lines.map((line) => (
							<tr key={line.factor.id} data-factor={line.factor.id}>
								<th scope="row" className="wrap">
									{line.factor.label}
								</th>
								<td {...provenanceCellProps(line.provenance, lang)}>
									{num(line.value, factorDigits(line.factor.kind, line.value))}
									<ProvenanceMark provenance={line.provenance} lang={lang} />
								</td>
								<RankCell
									line={line}
									rank={line.nationalRank}
									of={line.nationalOf}
								/>
								{!isAll && (
									<RankCell
										line={line}
										rank={line.withinRank}
										of={line.withinOf}
									/>
								)}
								<td {...provenanceCellProps(line.topProvenance, lang)}>
									{num(
										line.topMean,
										factorDigits(line.factor.kind, line.topMean),
									)}
									<ProvenanceMark provenance={line.topProvenance} lang={lang} />
								</td>
								<RankCell
									line={line}
									rank={line.amongTopRank}
									of={line.amongTopOf}
								/>
							</tr>
						))}
					</tbody>
				</table>
			</ScrollRegion>
		</section>
	);
}

/** A rank computed from the values carries the values' provenance. */
function RankCell({
	line,
	rank,
	of,
}: {
	line: FocusFactorLine;
	rank: number | null;
	of: number;
}) {
	const { lang } = useI18n();
	const m = useMessages(RANKINGS_MESSAGES).focus;
	return (
		<td {...provenanceCellProps(line.provenance, lang)}>
			{m.of(rank, of)}
			<ProvenanceMark provenance={line.provenance} lang={lang} />
		</td>
	);
}
