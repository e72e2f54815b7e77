import { useMemo } from "react";
import type { Comparison } from "../../../server/schemas/compare.ts";
import type { SimilarReport } from "../../../server/schemas/similar.ts";
import { ExportButtons } from "../../export/ExportButtons.tsx";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { updateSearch, useLocation } from "../../state/router.ts";
import { useSelection } from "../../state/selection.ts";
import { PARAM } from "../../state/urlState.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { HeadRow } from "../rankings/ExportPanel.tsx";
import { ProvenanceCell } from "../rankings/ProvenanceMark.tsx";
import { ScrollTable } from "../rankings/ScrollTable.tsx";
import { COMPARE_MESSAGES } from "./messages.ts";
import { useSimilarQuery } from "./queries.ts";
import { SimilarForm } from "./SimilarForm.tsx";
import {
	DEFAULT_SIMILAR,
	isSimilarPeerList,
	parseSimilarChoice,
	type SimilarChoice,
	similarPeerCodes,
} from "./similarChoice.ts";
import { indicatorsInWords, similarTable } from "./similarTables.ts";

/** The similarity choice in the URL, kept by value so other URL changes do not ask again. */
export function useSimilarChoice(): SimilarChoice {
	const { searchParams } = useLocation();
	const key = [PARAM.indicators, PARAM.weights, PARAM.count]
		.map((p) => searchParams.get(p) ?? "")
		.join("|");
	// biome-ignore lint/correctness/useExhaustiveDependencies: parsed again only when its parameters change
	return useMemo(() => parseSimilarChoice(searchParams), [key]);
}

/**
 * Similar municipalities, as Kolada's likhetsutsökning: the closest by a stated difference index
 * over chosen indicators and weights, with the method in words and one click to compare with them.
 */
export function SimilarSection({
	comparison,
	name,
	peerCodes,
}: {
	/** The comparison on the page: its year and its factors (with their kinds, for the form). */
	comparison: Comparison;
	name: string;
	/** The own peer list in the URL, if any, to tell when it is these municipalities. */
	peerCodes: readonly string[];
}) {
	const m = useMessages(COMPARE_MESSAGES).similar;
	const { code } = useSelection();
	const choice = useSimilarChoice();
	const similar = useSimilarQuery(code, comparison.year, choice);
	const { factors } = comparison;
	return (
		<section
			className="panel"
			aria-labelledby="similar-title"
			data-testid="similar"
		>
			<h2 id="similar-title">{m.title(name)}</h2>
			<QueryState query={similar}>
				{(report) => (
					<SimilarContent
						report={report}
						factors={factors}
						count={choice.count ?? DEFAULT_SIMILAR}
						inUse={isSimilarPeerList(peerCodes, report)}
					/>
				)}
			</QueryState>
		</section>
	);
}

function SimilarContent({
	report,
	factors,
	count,
	inUse,
}: {
	report: SimilarReport;
	factors: Comparison["factors"];
	count: number;
	inUse: boolean;
}) {
	const { lang, num, pct } = useI18n();
	const m = useMessages(COMPARE_MESSAGES).similar;
	const name = report.municipality.name;
	const caption = m.caption(name, report.year);
	const headings = [
		m.order,
		m.municipality,
		m.difference,
		m.coverage,
		m.rank(report.year),
		{ label: m.kommungruppColumn, className: "text" },
	];
	const use = () =>
		updateSearch({
			[PARAM.codes]: similarPeerCodes(report).join(","),
			[PARAM.group]: null,
		});
	return (
		<>
			<div className="chart-head">
				<p className="chart-desc">
					{m.lead(report.similar.length, name, report.year)}
				</p>
				<ExportButtons
					label={m.download(name)}
					name={m.fileName(name, report.year)}
					table={() => similarTable(report, lang)}
					meta={{
						title: caption,
						municipality: name,
						year: report.year,
						source: m.source,
						synthetic: report.provenances.includes("synthetic"),
						notes: [
							`${m.used}: ${indicatorsInWords(report, lang)}.`,
							m.method(name, report.year),
						],
					}}
				/>
			</div>
			<p data-testid="similar-indicators">
				<strong>{m.used}:</strong> {indicatorsInWords(report, lang)}.
			</p>
			{report.similar.length === 0 ? (
				<p className="status empty">{m.empty}</p>
			) : (
				<ScrollTable caption={caption} tableClassName="similar-table">
					<HeadRow labels={headings} />
					<tbody>
						{report.similar.map((s, index) => (
							<tr key={s.code}>
								<td>{num(index + 1)}</td>
								<th scope="row">{s.name}</th>
								<ProvenanceCell provenance={s.provenance} lang={lang}>
									{num(s.difference, 3)}
								</ProvenanceCell>
								<td>{pct(s.coverage)}</td>
								<ProvenanceCell provenance={s.rankProvenance} lang={lang}>
									{num(s.rank)}
								</ProvenanceCell>
								<td className="text">{s.kommungrupp ?? "–"}</td>
							</tr>
						))}
					</tbody>
				</ScrollTable>
			)}
			<div className="similar-actions">
				<button
					type="button"
					className="primary"
					onClick={use}
					disabled={report.similar.length === 0}
				>
					{m.use}
				</button>
				<p className="status" aria-live="polite">
					{inUse ? m.inUse(name, report.similar.length) : ""}
				</p>
			</div>
			<div className="similar-method">
				<h3>{m.methodTitle}</h3>
				<p>{m.method(name, report.year)}</p>
			</div>
			<details className="similar-choose">
				<summary>{m.choose}</summary>
				<SimilarForm
					key={`${report.indicators.map((i) => `${i.id}*${i.weight}`).join(",")}|${count}`}
					report={report}
					factors={factors}
					count={count}
				/>
			</details>
		</>
	);
}
