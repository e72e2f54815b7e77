import type { Comparison, PeerGroup } from "../../../server/schemas/compare.ts";
import { useMunicipalityListQuery } from "../../api/municipalities.ts";
import type { PageProps } from "../../app/PageProps.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import { downloadBlob } from "../../charts/exportPng.ts";
import type { LegendItem } from "../../charts/legend.ts";
import { fileSlug, toCsv } from "../../export/csv.ts";
import type { TableData } from "../../export/table.ts";
import type { Lang } from "../../i18n/format.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { updateSearch, useLocation } from "../../state/router.ts";
import { useResolvedYear } from "../../state/selection.ts";
import {
	MAX_PEERS,
	PARAM,
	parseCodes,
	parseGroup,
	parseSort,
	type SortState,
	serialiseCodes,
	serialiseSort,
} from "../../state/urlState.ts";
import { HistoryNote } from "../../ui/HistoryNote.tsx";
import { MunicipalityPicker } from "../../ui/MunicipalityPicker.tsx";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import {
	defaultGroup,
	firstDirection,
	historyProvenance,
	multiRankRows,
	peerColor,
	rankCorrelation,
	scatterPoints,
	sortRows,
} from "./compareData.ts";
import { MultiRankChart, type PeerSeries } from "./MultiRankChart.tsx";
import { NkiRankScatter } from "./NkiRankScatter.tsx";
import {
	type PeerSelection,
	useComparisonQuery,
	useGroupsQuery,
} from "./queries.ts";

const CUSTOM = "__custom";
const DEFAULT_SORT: SortState = { key: "rank", direction: "asc" };

export function comparisonTable(comparison: Comparison, lang: Lang): TableData {
	const sv = lang === "sv";
	return {
		columns: [
			{ key: "name", label: sv ? "Kommun" : "Municipality" },
			{ key: "code", label: sv ? "Kod" : "Code" },
			{
				key: "rank",
				label: sv ? `Placering ${comparison.year}` : `Rank ${comparison.year}`,
			},
			{
				key: "rankProvenance",
				label: sv ? "Ursprung placering" : "Rank provenance",
			},
			{
				key: "score",
				label: sv ? "Sammanfattande omdöme" : "Overall survey score",
				digits: 2,
			},
			{
				key: "modelledRank",
				label: sv ? "Modellerad placering" : "Modelled rank",
			},
			{ key: "nki", label: "NKI totalt" },
			{ key: "nkiYear", label: sv ? "NKI-år" : "NKI year" },
			...comparison.factors.map((f) => ({
				key: `f:${f.id}`,
				label: f.label,
				digits: 2,
			})),
		],
		rows: comparison.rows.map((r) => ({
			name: r.name,
			code: r.code,
			rank: r.rank,
			rankProvenance: r.rankProvenance,
			score: r.score,
			modelledRank: r.modelledRank,
			nki: r.nki?.value ?? null,
			nkiYear: r.nki?.year ?? null,
			...Object.fromEntries(
				comparison.factors.map((f) => [
					`f:${f.id}`,
					r.factorScores[f.id] ?? null,
				]),
			),
		})),
	};
}

function usePeerSelection(code: string) {
	const { searchParams } = useLocation();
	const groups = useGroupsQuery();
	const list = useMunicipalityListQuery();
	const codes = parseCodes(searchParams.get(PARAM.codes));
	const group = parseGroup(searchParams.get(PARAM.group));
	const countyCode =
		list.data?.municipalities.find((m) => m.code === code)?.countyCode ?? null;
	let peers: PeerSelection | null = null;
	if (codes.length > 0) peers = { kind: "codes", codes };
	else if (group) peers = { kind: "group", group };
	else if (groups.data && list.data) {
		const fallback = defaultGroup(code, countyCode, groups.data.groups);
		if (fallback) peers = { kind: "group", group: fallback };
	}
	return {
		peers,
		groups: groups.data?.groups ?? [],
		municipalities: list.data?.municipalities ?? [],
	};
}

export default function ComparePage({ code, yearParam, fromParam }: PageProps) {
	const { t, lang } = useI18n();
	const sv = lang === "sv";
	const { year, isPending } = useResolvedYear(code, yearParam);
	const { peers, groups, municipalities } = usePeerSelection(code);
	const comparison = useComparisonQuery(
		peers ?? { kind: "codes", codes: [code] },
		year,
		{ from: fromParam, enabled: peers !== null && !isPending },
	);
	const name = municipalities.find((m) => m.code === code)?.name ?? code;
	return (
		<article>
			<h1>{t("compare.heading", { name })}</h1>
			<PeerControls
				peers={peers}
				groups={groups}
				municipalities={municipalities}
				code={code}
			/>
			<QueryState
				query={comparison}
				isEmpty={(c) => c.rows.length === 0}
				empty={
					<EmptyState
						title={
							sv
								? "Gruppen har inga kommuner."
								: "The group has no municipalities."
						}
					/>
				}
			>
				{(data) => <CompareContent comparison={data} code={code} />}
			</QueryState>
		</article>
	);
}

function PeerControls({
	peers,
	groups,
	municipalities,
	code,
}: {
	peers: PeerSelection | null;
	groups: PeerGroup[];
	municipalities: {
		code: string;
		name: string;
		countyCode: string;
		countyName: string;
		kommungrupp: string | null;
	}[];
	code: string;
}) {
	const { t, lang } = useI18n();
	const sv = lang === "sv";
	const value = peers?.kind === "codes" ? CUSTOM : (peers?.group ?? "");
	const currentCodes =
		peers?.kind === "codes"
			? peers.codes
			: (groups.find((g) => g.id === value)?.codes ?? [code]);
	const byKind = (kind: PeerGroup["kind"]) =>
		groups.filter((g) => g.kind === kind);
	const nameOf = (c: string) =>
		municipalities.find((m) => m.code === c)?.name ?? c;
	const setCodes = (codes: string[]) =>
		updateSearch({ [PARAM.codes]: serialiseCodes(codes), [PARAM.group]: null });
	return (
		<section className="panel no-print" aria-labelledby="peers-title">
			<h2 id="peers-title">{t("compare.peers")}</h2>
			<div className="peer-controls">
				<div className="year-picker">
					<label htmlFor="peer-group">{sv ? "Grupp" : "Group"}</label>
					<select
						id="peer-group"
						value={value}
						onChange={(event) => {
							const next = event.target.value;
							if (next === CUSTOM)
								setCodes(
									currentCodes.includes(code)
										? currentCodes.slice(0, MAX_PEERS)
										: [code, ...currentCodes].slice(0, MAX_PEERS),
								);
							else updateSearch({ [PARAM.group]: next, [PARAM.codes]: null });
						}}
					>
						{(["region", "kommungrupp", "lan"] as const).map((kind) =>
							byKind(kind).length === 0 ? null : (
								<optgroup
									key={kind}
									label={
										kind === "region"
											? sv
												? "Region"
												: "Region"
											: kind === "lan"
												? sv
													? "Län"
													: "County"
												: sv
													? "Kommungrupp (SKR)"
													: "Municipality group (SKR)"
									}
								>
									{byKind(kind).map((g) => (
										<option key={g.id} value={g.id}>
											{g.label} ({g.codes.length})
										</option>
									))}
								</optgroup>
							),
						)}
						<option value={CUSTOM}>{sv ? "Egen lista…" : "Own list…"}</option>
					</select>
				</div>
				{peers?.kind === "codes" && (
					<MunicipalityPicker
						municipalities={municipalities}
						selected={undefined}
						label={sv ? "Lägg till" : "Add"}
						exclude={peers.codes}
						onSelect={(added) => setCodes([...peers.codes, added])}
					/>
				)}
			</div>
			{peers?.kind === "codes" && (
				<>
					<ul
						className="chips"
						aria-label={sv ? "Valda kommuner" : "Chosen municipalities"}
					>
						{peers.codes.map((c) => (
							<li key={c}>
								{nameOf(c)}
								<button
									type="button"
									aria-label={
										sv ? `Ta bort ${nameOf(c)}` : `Remove ${nameOf(c)}`
									}
									onClick={() => setCodes(peers.codes.filter((x) => x !== c))}
								>
									×
								</button>
							</li>
						))}
					</ul>
					<p className="muted">
						{sv
							? `Högst ${MAX_PEERS} kommuner. Listan sparas i adressen (koder=…), så den kan delas.`
							: `At most ${MAX_PEERS} municipalities. The list is kept in the address (koder=…), so it can be shared.`}
					</p>
				</>
			)}
			{peers?.kind === "group" && groups.find((g) => g.id === peers.group) && (
				<p className="muted">
					{sv ? "Källa för gruppen: " : "Source of the group: "}
					{groups.find((g) => g.id === peers.group)?.source}
				</p>
			)}
		</section>
	);
}

function CompareContent({
	comparison,
	code,
}: {
	comparison: Comparison;
	code: string;
}) {
	const { t, lang, num, pct } = useI18n();
	const sv = lang === "sv";
	const { searchParams } = useLocation();
	const sort = parseSort(searchParams.get(PARAM.sort)) ?? DEFAULT_SORT;
	const synthetic = comparison.provenances.includes("synthetic");
	const chosenInSet = comparison.rows.some((r) => r.code === code);
	const series: PeerSeries[] = comparison.rows.map((r, i) => ({
		code: r.code,
		name: r.name,
		color: peerColor(i, comparison.rows.length, r.code === code),
		isChosen: r.code === code,
	}));
	const multi = multiRankRows(comparison.rows);
	const provenance = historyProvenance(comparison.rows);
	const points = scatterPoints(comparison.rows);
	const rho = rankCorrelation(points);
	const sorted = sortRows(comparison.rows, sort);
	const groupLabel =
		comparison.group?.label ?? (sv ? "egen lista" : "own list");
	const legend: LegendItem[] =
		series.length <= 8
			? series.map((s) => ({ label: s.name, color: s.color, shape: "line" }))
			: [
					{
						label: series.find((s) => s.isChosen)?.name ?? code,
						color: "var(--chart-line)",
						shape: "line",
					},
					{
						label: sv ? "Övriga i gruppen" : "Others in the group",
						color: "var(--peer)",
						shape: "line",
					},
				];
	const multiSynthetic = comparison.rows.some((r) =>
		r.history.some((h) => h.provenance === "synthetic"),
	);
	if (multiSynthetic)
		legend.push({
			label: t("legend.synthetic"),
			color: "var(--chart-line)",
			shape: "hollow",
		});
	legend.push({
		label: t("legend.top10"),
		color: "var(--target)",
		shape: "dashed",
	});
	const setSort = (key: string) =>
		updateSearch({
			[PARAM.sort]: serialiseSort(
				sort.key === key
					? { key, direction: sort.direction === "asc" ? "desc" : "asc" }
					: { key, direction: firstDirection(key) },
			),
		});
	const table = comparisonTable(comparison, lang);
	const columns: { key: string; label: string }[] = [
		{ key: "name", label: sv ? "Kommun" : "Municipality" },
		{ key: "rank", label: sv ? "Placering" : "Rank" },
		{ key: "score", label: sv ? "Omdöme" : "Survey score" },
		{ key: "modelledRank", label: sv ? "Modellerad" : "Modelled" },
		{ key: "nki", label: "NKI" },
		...comparison.factors.map((f) => ({ key: `f:${f.id}`, label: f.label })),
	];
	const source = sv
		? "Svenskt Näringsliv (placering, faktorer); SKR Insikt via Kolada (NKI); modellerad placering: Topp10"
		: "Svenskt Näringsliv (rank, factors); SKR Insikt via Kolada (NKI); modelled rank: Topp10";
	return (
		<>
			<SyntheticBanner show={synthetic} />
			{!chosenInSet && (
				<p className="muted">
					{sv
						? "Den valda kommunen ingår inte i gruppen; välj Egen lista för att lägga till den."
						: "The chosen municipality is not in the group; choose Own list to add it."}
				</p>
			)}
			<ChartFrame
				id="compare-ranks"
				title={t("compare.rankTitle")}
				subtitle={`${groupLabel}, ${multi[0]?.year ?? ""}–${multi.at(-1)?.year ?? ""}`}
				description={
					sv
						? "Linjediagram med varje kommuns placering per år, placering 1 överst. Den valda kommunen är ritad med tjock linje. Streckad linje vid placering 10."
						: "Line chart of each municipality's rank per year, rank 1 at the top. The chosen municipality is drawn with a thick line. Dashed line at rank 10."
				}
				source={
					sv
						? "Svenskt Näringsliv, Lokalt företagsklimat"
						: "Svenskt Näringsliv, Lokalt företagsklimat"
				}
				table={{
					columns: [
						{ key: "year", label: sv ? "År" : "Year" },
						...comparison.rows.map((r) => ({ key: r.code, label: r.name })),
					],
					rows: multi,
				}}
				legend={legend}
				synthetic={multiSynthetic}
				note={<HistoryNote history={comparison.history} />}
			>
				{multi.length === 0 ? (
					<EmptyState
						title={
							sv
								? "Ingen av kommunerna har någon placering."
								: "None of the municipalities has a rank."
						}
					/>
				) : (
					<MultiRankChart
						data={multi}
						series={series}
						provenance={provenance}
						lang={lang}
					/>
				)}
			</ChartFrame>
			<section
				className="panel"
				aria-labelledby="compare-table-title"
				data-testid="compare-table"
			>
				<div className="chart-head">
					<h2 id="compare-table-title">
						{t("compare.tableTitle", { year: comparison.year })}
					</h2>
					<div className="chart-tools">
						<button
							type="button"
							onClick={() =>
								downloadBlob(
									new Blob([toCsv(table)], { type: "text/csv;charset=utf-8" }),
									`${fileSlug(`jamfor ${groupLabel} ${comparison.year}`)}.csv`,
								)
							}
						>
							{t("chart.downloadCsv")}
						</button>
					</div>
				</div>
				<p className="chart-desc">
					{sv
						? `Klicka på en kolumnrubrik för att sortera. Modellerad placering är ${t("model.name").toLowerCase()} (Spearmans ρ ${num(comparison.model.fit.spearman, 2)}, ${pct(comparison.model.fit.shareWithin5)} inom ±5 placeringar), inte Svenskt Näringslivs egen metod. Kursiva värden är exempeldata.`
						: `Click a column heading to sort. The modelled rank is Topp10's model (Spearman's ρ ${num(comparison.model.fit.spearman, 2)}, ${pct(comparison.model.fit.shareWithin5)} within ±5 places), not Svenskt Näringsliv's own method. Italic values are example data.`}
				</p>
				<div className="table-scroll">
					<table className="data-table compare-table">
						<caption className="sr-only">
							{t("compare.tableTitle", { year: comparison.year })}
						</caption>
						<thead>
							<tr>
								{columns.map((c) => (
									<th
										key={c.key}
										scope="col"
										aria-sort={
											sort.key === c.key
												? sort.direction === "asc"
													? "ascending"
													: "descending"
												: undefined
										}
									>
										<button
											type="button"
											className="sort-button"
											onClick={() => setSort(c.key)}
										>
											{c.label}
											<span aria-hidden="true">
												{sort.key === c.key
													? sort.direction === "asc"
														? " ▲"
														: " ▼"
													: ""}
											</span>
										</button>
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{sorted.map((r) => (
								<tr
									key={r.code}
									className={r.code === code ? "is-us" : undefined}
								>
									<th scope="row">{r.name}</th>
									<td
										className={
											r.rankProvenance === "synthetic"
												? "synthetic-value"
												: undefined
										}
									>
										{r.rank ?? "–"}
									</td>
									<td>{num(r.score, 2)}</td>
									<td>{r.modelledRank ?? "–"}</td>
									<td
										className={
											r.nki?.provenance === "synthetic"
												? "synthetic-value"
												: undefined
										}
									>
										{r.nki ? `${num(r.nki.value)} (${r.nki.year})` : "–"}
									</td>
									{comparison.factors.map((f) => (
										<td key={f.id}>{num(r.factorScores[f.id] ?? null, 2)}</td>
									))}
								</tr>
							))}
						</tbody>
					</table>
				</div>
				<p className="source">
					{t("chart.source")}: {source}
				</p>
			</section>
			<ChartFrame
				id="nki-rank"
				title={t("compare.scatterTitle", { year: comparison.year })}
				subtitle={groupLabel}
				description={
					sv
						? `Punktdiagram: NKI totalt i SKR Insikt (vågrätt, senaste Insikt-året till och med ${comparison.year}) mot placeringen i Svenskt Näringslivs ranking (lodrätt, 1 överst). Punkter högt upp till höger har både nöjda företag i myndighetsutövningen och en bra placering. ${rho !== null ? `Rangkorrelation i gruppen: ${num(rho, 2)} (negativ betyder att högre NKI går med bättre placering).` : ""}`
						: `Scatter: NKI total in SKR Insikt (horizontal, latest Insikt year up to ${comparison.year}) against the rank in Svenskt Näringsliv's ranking (vertical, 1 at the top). ${rho !== null ? `Rank correlation in the group: ${num(rho, 2)} (negative means a higher NKI goes with a better rank).` : ""}`
				}
				source={
					sv
						? "SKR Insikt via Kolada (NKI); Svenskt Näringsliv (placering)"
						: "SKR Insikt via Kolada (NKI); Svenskt Näringsliv (rank)"
				}
				table={{
					columns: [
						{ key: "name", label: sv ? "Kommun" : "Municipality" },
						{ key: "nki", label: "NKI" },
						{ key: "nkiYear", label: sv ? "NKI-år" : "NKI year" },
						{ key: "rank", label: sv ? "Placering" : "Rank" },
					],
					rows: points.map((p) => ({
						name: p.name,
						nki: p.nki,
						nkiYear: p.nkiYear,
						rank: p.rank,
					})),
				}}
				legend={[
					{
						label: series.find((s) => s.isChosen)?.name ?? code,
						color: "var(--chart-line)",
						shape: "dot",
					},
					{
						label: sv ? "Övriga" : "Others",
						color: "var(--chart-3)",
						shape: "dot",
					},
					...(points.some((p) => p.synthetic)
						? [
								{
									label: t("legend.synthetic"),
									color: "var(--chart-3)",
									shape: "hollow" as const,
								},
							]
						: []),
				]}
				synthetic={points.some((p) => p.synthetic)}
			>
				{points.length === 0 ? (
					<EmptyState
						title={
							sv
								? "Ingen kommun i gruppen har både NKI och placering."
								: "No municipality in the group has both NKI and a rank."
						}
					>
						<p className="muted">
							{sv
								? "Insikt-värden saknas för ungefär 100 kommuner varje år, och rankingen är bara delvis laddad."
								: "Insikt values are missing for about 100 municipalities each year, and the ranking is only partly loaded."}
						</p>
					</EmptyState>
				) : (
					<NkiRankScatter points={points} chosen={code} lang={lang} />
				)}
			</ChartFrame>
		</>
	);
}
