import type { UseQueryResult } from "@tanstack/react-query";
import { useEffect } from "react";
import { MIN_MAY_SIGNAL_PAIRS } from "../../../analysis/maySignal.ts";
import type { Comparison } from "../../../server/schemas/compare.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import type { Ranking } from "../../../server/schemas/ranking.ts";
import {
	useGapQuery,
	useInsiktQuery,
	useRankingThrough,
} from "../../api/municipalities.ts";
import type { PageProps } from "../../app/PageProps.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import { formatDate } from "../../i18n/format.ts";
import { hasSynthetic } from "../../i18n/provenance.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import {
	defaultGroup,
	historyProvenance,
	multiRankRows,
	peerColor,
} from "../compare/compareData.ts";
import { MultiRankChart } from "../compare/MultiRankChart.tsx";
import { useComparisonQuery, useGroupsQuery } from "../compare/queries.ts";
import {
	FactorShareChart,
	factorShareLegend,
} from "../factors/FactorShareChart.tsx";
import { factorGapTable } from "../factors/FactorsPage.tsx";
import { shareRows } from "../factors/factorData.ts";
import {
	InsiktAreasChart,
	insiktAreasLegend,
} from "../insikt/InsiktAreasChart.tsx";
import { areaBarRows, INSIKT_SOURCE } from "../insikt/InsiktPage.tsx";
import { nkiAxisDomain, pickInsiktYear } from "../insikt/insiktData.ts";
import { FigureCards } from "../overview/FigureCards.tsx";
import { rankTable } from "../overview/OverviewPage.tsx";
import { overviewFigures } from "../overview/overviewFigures.ts";
import {
	RankTrendChart,
	rankTrendLegend,
} from "../overview/RankTrendChart.tsx";
import {
	buildRankTrendRows,
	methodChangeX,
} from "../overview/rankTrendData.ts";
import {
	attributionSentence,
	insiktSentence,
	maySignalSentence,
	overviewSentence,
} from "../overview/sentences.ts";
import { adoptStyleSheet, reportPrintCss } from "./printCss.ts";

/** The printable width of an A4 page with 14 mm margins, in CSS pixels. */
const PRINT_WIDTH = 680;

export default function ReportPage({
	code,
	yearParam,
	targetYearParam,
	fromParam,
}: PageProps) {
	const ranking = useRankingThrough(
		code,
		targetYearParam,
		fromParam,
		yearParam,
	);
	const year = yearParam ?? ranking.data?.trend.latest?.year ?? null;
	const gap = useGapQuery(code, year, year !== null);
	const insiktBase = useInsiktQuery(code, null, { from: fromParam });
	const insiktYear = insiktBase.data
		? pickInsiktYear(insiktBase.data.years, year)
		: null;
	const insiktOther =
		insiktYear !== null && insiktYear !== insiktBase.data?.year;
	const insiktDetailed = useInsiktQuery(code, insiktYear, {
		from: fromParam,
		enabled: insiktOther,
	});
	const insikt = insiktOther ? insiktDetailed : insiktBase;
	const groups = useGroupsQuery();
	const countyCode = ranking.data?.municipality.countyCode ?? null;
	const group = groups.data
		? defaultGroup(code, countyCode, groups.data.groups)
		: null;
	const comparison = useComparisonQuery(
		{ kind: "group", group: group ?? "GR" },
		year,
		{ from: fromParam, enabled: group !== null && year !== null },
	);
	const { lang } = useI18n();
	const sv = lang === "sv";
	return (
		<QueryState query={ranking}>
			{(data) =>
				year === null ? (
					<EmptyState
						title={
							sv
								? `Ingen rapport kan göras: ${data.municipality.name} har ingen placering.`
								: `No report can be made: ${data.municipality.name} has no rank.`
						}
					/>
				) : (
					<Report
						ranking={data}
						year={year}
						gap={gap}
						insikt={insikt}
						comparison={comparison}
					/>
				)
			}
		</QueryState>
	);
}

function Report({
	ranking,
	year,
	gap,
	insikt,
	comparison,
}: {
	ranking: Ranking;
	year: number;
	gap: UseQueryResult<GapReport>;
	insikt: UseQueryResult<InsiktReport>;
	comparison: UseQueryResult<Comparison>;
}) {
	const { t, lang } = useI18n();
	const sv = lang === "sv";
	const name = ranking.municipality.name;
	const today = new Date();
	const gapData = gap.data ?? null;
	const figures = overviewFigures(ranking, gapData, year);
	const rows = buildRankTrendRows(
		ranking.years,
		ranking.trend.projection,
		ranking.trend.targetYear,
	);
	const summary = insikt.data?.summary ?? null;
	const bars = insikt.data ? areaBarRows(insikt.data, lang) : [];
	const comparisonData = comparison.data ?? null;
	const provenances = [
		...ranking.provenances,
		...figures.provenances,
		...(gapData ? gapData.provenance.factors : []),
		...(summary ? summary.areas.map((a) => a.provenance) : []),
		...(comparisonData ? comparisonData.provenances : []),
		...(ranking.maySignal
			? [ranking.maySignal.scoreProvenance, ...ranking.maySignal.fitProvenances]
			: []),
	];
	const synthetic = hasSynthetic(provenances);
	const sentences = [
		overviewSentence(
			{
				name,
				year,
				rank: figures.rank,
				targetRank: ranking.trend.targetRank,
				targetYear: ranking.trend.targetYear,
				status: ranking.trend.status,
			},
			lang,
		),
		ranking.maySignal
			? maySignalSentence(ranking.maySignal, MIN_MAY_SIGNAL_PAIRS, lang)
			: null,
		gapData?.attribution
			? attributionSentence(
					gapData.attribution,
					gapData.model.weights,
					name,
					lang,
				)
			: null,
		summary ? insiktSentence(summary, name, lang) : null,
	].filter((s): s is string => s !== null);
	const topShares = gapData ? shareRows(gapData.gap.factors).slice(0, 8) : [];
	const peersSeries =
		comparisonData?.rows.map((r, i) => ({
			code: r.code,
			name: r.name,
			color: peerColor(
				i,
				comparisonData.rows.length,
				r.code === ranking.municipality.code,
			),
			isChosen: r.code === ranking.municipality.code,
		})) ?? [];
	const printCss = reportPrintCss({
		synthetic,
		footer: `${name} ${year} · ${formatDate(today, lang)}`,
		lang,
	});
	useEffect(() => adoptStyleSheet(printCss), [printCss]);
	const syntheticNote = sv
		? "Exempeldata: rapporten innehåller syntetiska siffror (genererade, inte publicerade). De är märkta Exempeldata och ritas med ihåliga punkter."
		: "Example data: the report contains synthetic figures (generated, not published). They are marked Example data and drawn as hollow dots.";
	return (
		<article className="report-page">
			<div className="report-toolbar no-print">
				<button
					type="button"
					className="primary"
					onClick={() => window.print()}
				>
					{t("report.print")}
				</button>
				<span className="muted">
					{sv
						? "A4, stående. Diagrammen delas aldrig mellan sidor."
						: "A4, portrait. Charts are never split across pages."}
				</span>
			</div>
			<div
				className="report"
				data-testid="report"
				data-ready={
					[gap, insikt, comparison].every(
						(q) => !q.isPending || q.fetchStatus === "idle",
					)
						? "true"
						: "false"
				}
			>
				<header className="report-section">
					<h1>{t("report.heading", { name, year })}</h1>
					<p className="report-meta">
						{sv ? "Datum" : "Date"}: {formatDate(today, lang)} ·{" "}
						{ranking.municipality.countyName} ·{" "}
						{sv ? "Kommunkod" : "Municipality code"} {ranking.municipality.code}{" "}
						· Topp10
					</p>
					{synthetic && (
						<p className="report-synthetic-note">{syntheticNote}</p>
					)}
				</header>
				<section className="report-section">
					<FigureCards figures={figures} />
				</section>
				<section className="report-section">
					<h2>{sv ? "Sammanfattning" : "Summary"}</h2>
					{sentences.map((s) => (
						<p key={s}>{s}</p>
					))}
				</section>
				<ChartFrame
					id="report-rank-trend"
					staticView
					title={t("overview.trendTitle")}
					subtitle={`${name} ${rows[0]?.year ?? ""}–${ranking.trend.latest?.year ?? ""}`}
					description={t("overview.trendDesc")}
					source={
						sv
							? "Svenskt Näringsliv, Lokalt företagsklimat; trend och prognos: Topp10"
							: "Svenskt Näringsliv, Lokalt företagsklimat; trend and projection: Topp10"
					}
					table={rankTable(ranking, lang)}
					legend={rankTrendLegend(lang, {
						synthetic: rows.some((r) => r.provenance === "synthetic"),
						imported: rows.some((r) => r.provenance === "imported"),
						projection: rows.some((r) => r.projection !== null),
						methodChange: methodChangeX(rows) !== null,
						target: true,
					})}
					synthetic={rows.some((r) => r.provenance === "synthetic")}
				>
					<RankTrendChart
						rows={rows}
						targetYear={ranking.trend.targetYear}
						targetRank={ranking.trend.targetRank}
						selectedYear={year}
						lang={lang}
						width={PRINT_WIDTH}
						height={250}
					/>
				</ChartFrame>
				{gapData && topShares.length > 0 && (
					<ChartFrame
						id="report-factor-share"
						staticView
						title={t("factors.shareTitle")}
						subtitle={`${name} ${year} · ${sv ? "de åtta största" : "the eight largest"}`}
						description={
							sv
								? `Varje faktors andel av det modellerade gapet till topp 10-snittet. Modell: ${t("model.name")} (Spearmans ρ ${gapData.model.fit.spearman?.toFixed(2).replace(".", ",") ?? "–"}), Topp10:s egen, inte Svenskt Näringslivs metod.`
								: `Each factor's share of the modelled gap to the top-10 mean. Model: Topp10's own (Spearman's ρ ${gapData.model.fit.spearman?.toFixed(2) ?? "–"}), not Svenskt Näringsliv's method.`
						}
						source={
							sv
								? "Svenskt Näringsliv (faktorvärden); Topp10:s modell"
								: "Svenskt Näringsliv (factor values); Topp10's model"
						}
						table={factorGapTable(gapData, lang)}
						legend={factorShareLegend(lang)}
						synthetic={gapData.provenance.factors.includes("synthetic")}
					>
						<FactorShareChart
							rows={topShares}
							lang={lang}
							width={PRINT_WIDTH}
						/>
					</ChartFrame>
				)}
				{insikt.data && summary && bars.length > 0 && (
					<ChartFrame
						id="report-insikt"
						staticView
						title={t("insikt.areasTitle", { year: summary.year })}
						subtitle={name}
						description={
							sv
								? "Kommunens NKI per myndighetsområde mot riket, med SKR:s betygsgränser (lågt ≤61, godkänt 62–69, högt 70–79, mycket högt ≥80)."
								: "The municipality's NKI per area against the national level, with SKR's grades (low ≤61, pass 62–69, high 70–79, very high ≥80)."
						}
						source={INSIKT_SOURCE}
						table={{
							columns: [
								{ key: "label", label: "Område" },
								{ key: "value", label: "NKI" },
							],
							rows: bars.map((b) => ({ label: b.label, value: b.value })),
						}}
						legend={insiktAreasLegend(
							name,
							lang,
							bars.some((b) => b.provenance === "synthetic"),
						)}
						synthetic={bars.some((b) => b.provenance === "synthetic")}
					>
						<InsiktAreasChart
							rows={bars}
							domain={nkiAxisDomain(bars.flatMap((b) => [b.value, b.riket]))}
							lang={lang}
							width={PRINT_WIDTH}
							height={240}
						/>
					</ChartFrame>
				)}
				{comparisonData && peersSeries.length > 1 && (
					<ChartFrame
						id="report-peers"
						staticView
						title={`${t("compare.rankTitle")}: ${comparisonData.group?.label ?? ""}`}
						subtitle={`${name} ${sv ? "och jämförelsegruppen" : "and its peers"}`}
						description={
							sv
								? `${name} (tjock linje) och övriga kommuner i ${comparisonData.group?.label ?? "gruppen"}, placering per år.`
								: `${name} (thick line) and the other municipalities in ${comparisonData.group?.label ?? "the group"}, rank per year.`
						}
						source="Svenskt Näringsliv, Lokalt företagsklimat"
						table={{
							columns: [
								{ key: "year", label: sv ? "År" : "Year" },
								...comparisonData.rows.map((r) => ({
									key: r.code,
									label: r.name,
								})),
							],
							rows: multiRankRows(comparisonData.rows),
						}}
						legend={[
							{ label: name, color: "var(--chart-line)", shape: "line" },
							{
								label: sv ? "Övriga i gruppen" : "Others in the group",
								color: "var(--peer)",
								shape: "line",
							},
						]}
						synthetic={comparisonData.provenances.includes("synthetic")}
					>
						<MultiRankChart
							data={multiRankRows(comparisonData.rows)}
							series={peersSeries.map((s) =>
								s.isChosen ? s : { ...s, color: "var(--peer)" },
							)}
							provenance={historyProvenance(comparisonData.rows)}
							lang={lang}
							width={PRINT_WIDTH}
							height={240}
						/>
					</ChartFrame>
				)}
				<section className="report-section report-sources">
					<h2>{sv ? "Källor och ursprung" : "Sources and provenance"}</h2>
					<ul>
						<li>
							{sv
								? "Svenskt Näringsliv, Lokalt företagsklimat (foretagsklimat.se): ranking och enkätresultat."
								: "Svenskt Näringsliv, Lokalt företagsklimat (foretagsklimat.se): ranking and survey results."}
						</li>
						<li>
							{sv
								? "SKR Insikt via Kolada (Källa: Kolada): NKI per myndighetsområde."
								: "SKR Insikt via Kolada (Source: Kolada): NKI per area."}
						</li>
						<li>
							{sv
								? "Trend, prognos, gap per faktor och modellerad placering: Topp10:s egna beräkningar. Modellen är inte Svenskt Näringslivs metod, som inte är publicerad; dess träffsäkerhet redovisas vid varje resultat."
								: "Trend, projection, gap per factor and modelled rank: Topp10's own calculations. The model is not Svenskt Näringsliv's method, which is unpublished; its fit is stated with every result."}
						</li>
					</ul>
					<p>
						{synthetic
							? sv
								? "Ursprung: rapporten blandar publicerade siffror med syntetiska exempeldata. Syntetiska siffror är genererade (seedat, reproducerbart) för att fylla luckor där ingen öppen tabell finns, och är märkta Exempeldata. De får inte citeras som Svenskt Näringslivs eller SKR:s resultat."
								: "Provenance: the report mixes published figures with synthetic example data. Synthetic figures are generated (seeded, reproducible) to fill gaps where no open table exists, and are marked Example data. They must not be quoted as Svenskt Näringsliv's or SKR's results."
							: sv
								? "Ursprung: alla siffror i rapporten är publicerade eller importerade från källfiler."
								: "Provenance: every figure in the report is published or imported from source files."}
					</p>
					{(gap.isError || insikt.isError || comparison.isError) && (
						<p className="muted">
							{sv
								? "Delar saknas i rapporten: "
								: "Parts are missing from the report: "}
							{[
								gap.error?.message,
								insikt.error?.message,
								comparison.error?.message,
							]
								.filter(Boolean)
								.join(" · ")}
						</p>
					)}
				</section>
			</div>
		</article>
	);
}
