import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import { useInsiktQuery } from "../../api/municipalities.ts";
import type { PageProps } from "../../app/PageProps.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import type { LegendItem } from "../../charts/legend.ts";
import type { Lang } from "../../i18n/format.ts";
import { hasSynthetic, provenanceLabel } from "../../i18n/provenance.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { useResolvedYear } from "../../state/selection.ts";
import { HistoryNote } from "../../ui/HistoryNote.tsx";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBadge, SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { Panel } from "../../ui/TableShell.tsx";
import { insiktSentence } from "../overview/sentences.ts";
import { InsiktAreasChart, insiktAreasLegend } from "./InsiktAreasChart.tsx";
import {
	type AreaBarRow,
	areaLabel,
	areaShortLabel,
	gradeBandColor,
	gradeName,
	heatColor,
	heatmapRows,
	nkiAxisDomain,
	nkiColumns,
	nkiTrendRows,
	pickInsiktYear,
	SERVICE_FACTORS,
	serviceFactorLabel,
	TOTAL_AREA,
} from "./insiktData.ts";
import { NkiTrendChart, nkiTrendLegend } from "./NkiTrendChart.tsx";
import { ServiceHeatmap } from "./ServiceHeatmap.tsx";

export const INSIKT_SOURCE = "SKR Insikt (via Kolada)";

export function areaBarRows(report: InsiktReport, lang: Lang): AreaBarRow[] {
	return (report.summary?.areas ?? []).map((a) => ({
		area: a.area,
		label: areaLabel(a.area, lang),
		short: areaShortLabel(a.area, lang),
		value: a.value,
		riket: a.riket,
		rank: a.rank,
		rankedCount: a.rankedCount,
		grade: a.grade.id,
		provenance: a.provenance,
	}));
}

export function breakLabel(year: number, lang: Lang): string {
	return lang === "sv" ? `Ny definition ${year}` : `New definition ${year}`;
}

export default function InsiktPage({ code, yearParam, fromParam }: PageProps) {
	const { t, lang } = useI18n();
	const sv = lang === "sv";
	const { year: rankingYear, isPending } = useResolvedYear(code, yearParam);
	const base = useInsiktQuery(code, null, { from: fromParam });
	const wanted = base.data
		? pickInsiktYear(base.data.years, rankingYear)
		: null;
	const needsOther =
		!isPending && wanted !== null && wanted !== base.data?.year;
	const detailed = useInsiktQuery(code, wanted, {
		from: fromParam,
		enabled: needsOther,
	});
	const query = needsOther ? detailed : base;
	return (
		<article>
			<QueryState
				query={query}
				isEmpty={(report) =>
					report.summary === null || report.summary.areas.length === 0
				}
				empty={
					<>
						<h1>
							{t("insikt.heading", {
								name: base.data?.municipality.name ?? code,
							})}
						</h1>
						<EmptyState
							title={
								sv
									? `Det finns inga Insikt-resultat för ${base.data?.municipality.name ?? code}.`
									: `There are no Insikt results for ${base.data?.municipality.name ?? code}.`
							}
						>
							<p>
								{sv
									? "SKR:s servicemätning Insikt omfattar bara kommuner som deltar och bara ärenden som företag haft under året; ungefär 100 kommuner saknar värde ett givet år. Resultaten kan hämtas från Kolada med npm run kolada, eller importeras som fil på Import-sidan."
									: "SKR's Insikt service survey covers only participating municipalities and the cases businesses had that year; about 100 municipalities have no value in a given year. Results can be fetched from Kolada with npm run kolada, or imported as a file on the Import page."}
							</p>
						</EmptyState>
					</>
				}
			>
				{(report) => (
					<InsiktContent report={report} rankingYear={rankingYear} />
				)}
			</QueryState>
		</article>
	);
}

function InsiktContent({
	report,
	rankingYear,
}: {
	report: InsiktReport;
	rankingYear: number | null;
}) {
	const { t, lang, num } = useI18n();
	const sv = lang === "sv";
	const nkiCols = nkiColumns(lang);
	const summary = report.summary;
	if (!summary) return null;
	const name = report.municipality.name;
	const year = summary.year;
	const bars = areaBarRows(report, lang);
	const domain = nkiAxisDomain(bars.flatMap((b) => [b.value, b.riket]));
	const heat = heatmapRows(report.values, report.municipality.code, year);
	const total = summary.areas.find((a) => a.area === TOTAL_AREA);
	const trendRows = nkiTrendRows(total?.trend ?? []);
	const trendDomain = nkiAxisDomain(
		trendRows.flatMap((r) => [r.value, r.riket]),
	);
	const breaks = summary.definitionBreaks.map((b) => ({
		year: b.year,
		label: breakLabel(b.year, lang),
	}));
	const nui = report.values.find(
		(v) =>
			v.year === year &&
			v.area === "upphandling" &&
			v.municipalityCode === report.municipality.code,
	);
	const synthetic = hasSynthetic(report.values.map((v) => v.provenance));
	const barsSynthetic = bars.some((b) => b.provenance === "synthetic");
	const heatSynthetic = heat.some((r) =>
		r.cells.some((c) => c.provenance === "synthetic"),
	);
	const trendSynthetic = trendRows.some((r) => r.provenance === "synthetic");
	const heatLegend: LegendItem[] = [50, 60, 70, 80, 90].map((v) => ({
		label: v === 50 ? "≤ 50" : v === 90 ? "≥ 90" : String(v),
		color: heatColor(v).background,
		shape: "square",
	}));
	const sentence = insiktSentence(summary, name, lang);
	return (
		<>
			<h1>{t("insikt.heading", { name })}</h1>
			<SyntheticBanner show={synthetic} />
			{sentence && <p className="lead">{sentence}</p>}
			<p className="muted">
				{sv
					? `Visar Insikt ${year}${rankingYear !== null && rankingYear !== year ? `, det senaste året till och med rankingåret ${rankingYear}` : ""}. Året i Insikt är året då ärendena handlades; resultaten publiceras i april året efter.`
					: `Showing Insikt ${year}${rankingYear !== null && rankingYear !== year ? `, the latest year up to the ranking year ${rankingYear}` : ""}. The Insikt year is the year the cases were handled; results are published in April the year after.`}
			</p>
			<Panel
				titleId="ranks-title"
				title={
					<>
						{t("insikt.ranks")} {year}
					</>
				}
			>
				<div className="area-cards">
					{summary.areas.map((a) => (
						<div
							key={a.area}
							className="figure-card"
							data-testid={`area-${a.area}`}
						>
							<p className="figure-label">{areaLabel(a.area, lang)}</p>
							<p className="figure-value">
								{num(a.value)}{" "}
								<span
									className="grade-chip"
									style={{ background: gradeBandColor(a.grade.id) }}
								>
									{gradeName(a.grade.id, lang)}
								</span>{" "}
								<SyntheticBadge show={a.provenance === "synthetic"} />
							</p>
							<p className="figure-detail">
								{a.rank !== null
									? sv
										? `plats ${a.rank} av ${a.rankedCount}`
										: `rank ${a.rank} of ${a.rankedCount}`
									: sv
										? "ej rankad"
										: "not ranked"}
								{a.riket !== null &&
									` · ${sv ? "riket" : "national"} ${num(a.riket)}`}
								{a.responses !== null &&
									` · ${a.responses} ${sv ? "svar" : "answers"}`}
							</p>
						</div>
					))}
				</div>
				<p className="muted">
					{sv
						? "Placeringarna räknas här, eftersom Kolada bara har indexvärden: fallande NKI, lika värden delar placering (1, 2, 2, 4), bland kommunerna med värde för området."
						: "The ranks are computed here, as Kolada holds only index values: descending NKI, equal values share a rank (1, 2, 2, 4), among the municipalities with a value for the area."}
					{nui && nui.value !== null && (
						<>
							{" "}
							{sv
								? `Upphandling mäts som NUI och redovisas separat: ${num(nui.value)} (${provenanceLabel(nui.provenance, lang)}).`
								: `Procurement is measured as NUI and reported separately: ${num(nui.value)} (${provenanceLabel(nui.provenance, lang)}).`}
						</>
					)}
				</p>
			</Panel>
			<ChartFrame
				id="insikt-areas"
				title={t("insikt.areasTitle", { year })}
				subtitle={name}
				description={
					sv
						? "Staplar: kommunens NKI (0–100) per myndighetsområde. Svart streck: riket. Färgade fält bakom: SKR:s betygsgränser, lågt till och med 61, godkänt 62–69, högt 70–79, mycket högt från 80."
						: "Bars: the municipality's NKI (0–100) per area. Black mark: the national level. Coloured bands behind: SKR's grades, low up to 61, pass 62–69, high 70–79, very high from 80."
				}
				source={INSIKT_SOURCE}
				table={{
					columns: [
						{ key: "label", label: sv ? "Område" : "Area" },
						nkiCols.value,
						nkiCols.riket,
						{ key: "grade", label: sv ? "Betyg" : "Grade" },
						{ key: "rank", label: sv ? "Placering" : "Rank" },
						{ key: "rankedCount", label: sv ? "Antal rankade" : "Ranked" },
						nkiCols.provenance,
					],
					rows: summary.areas.map((a) => ({
						label: areaLabel(a.area, lang),
						value: a.value,
						riket: a.riket,
						grade: gradeName(a.grade.id, lang),
						rank: a.rank,
						rankedCount: a.rankedCount,
						provenance: provenanceLabel(a.provenance, lang),
					})),
				}}
				legend={insiktAreasLegend(name, lang, barsSynthetic)}
				synthetic={barsSynthetic}
			>
				<InsiktAreasChart rows={bars} domain={domain} lang={lang} />
			</ChartFrame>
			<ChartFrame
				id="insikt-heatmap"
				title={t("insikt.heatmapTitle", { year })}
				subtitle={name}
				description={
					sv
						? "Rutnät: myndighetsområden i rader och de sex serviceområdena i kolumner (information, tillgänglighet, bemötande, kompetens, rättssäkerhet, effektivitet). Mörkare blå är högre index (0–100). Streckad kant betyder exempeldata."
						: "Grid: areas in rows and the six service factors in columns (information, accessibility, treatment, competence, legal certainty, efficiency). Darker blue is a higher index (0–100). A dashed edge means example data."
				}
				source={INSIKT_SOURCE}
				table={{
					columns: [
						{ key: "area", label: sv ? "Område" : "Area" },
						...SERVICE_FACTORS.map((f) => ({ key: f.id, label: f[lang] })),
					],
					rows: heat.map((r) => ({
						area: areaLabel(r.area, lang),
						...Object.fromEntries(r.cells.map((c) => [c.measure, c.value])),
					})),
				}}
				legend={heatLegend}
				synthetic={heatSynthetic}
				note={
					summary.weakestServiceFactors.length > 0 ? (
						<p>
							{sv ? "Svagast för NKI totalt: " : "Weakest for NKI total: "}
							{summary.weakestServiceFactors
								.map(
									(f) =>
										`${serviceFactorLabel(f.measure, lang).toLowerCase()} ${num(f.value)}${f.riket !== null ? ` (${sv ? "riket" : "national"} ${num(f.riket)})` : ""}`,
								)
								.join(", ")}
							.
						</p>
					) : undefined
				}
			>
				{heat.length === 0 ? (
					<EmptyState
						title={
							sv
								? "Inga serviceområden finns för året."
								: "No service factors for the year."
						}
					/>
				) : (
					<ServiceHeatmap
						rows={heat}
						title={t("insikt.heatmapTitle", { year })}
						lang={lang}
					/>
				)}
			</ChartFrame>
			<ChartFrame
				id="nki-trend"
				title={t("insikt.trendTitle")}
				subtitle={`${name} ${trendRows[0]?.year ?? ""}–${trendRows.at(-1)?.year ?? ""}`}
				description={
					sv
						? `Linje: kommunens NKI totalt per år, streckad linje: riket. ${breaks.length > 0 ? `Lodrät linje markerar definitionsbrott: från ${breaks.map((b) => b.year).join(", ")} räknas NKI totalt på andra områden, så åren före och efter är inte helt jämförbara.` : ""}`
						: `Line: the municipality's NKI total per year, dashed: the national level. ${breaks.length > 0 ? `A vertical line marks definition breaks: from ${breaks.map((b) => b.year).join(", ")} NKI total covers other areas, so the years before and after are not fully comparable.` : ""}`
				}
				source={INSIKT_SOURCE}
				table={{
					columns: [
						{ key: "year", label: sv ? "År" : "Year" },
						nkiCols.value,
						nkiCols.riket,
						nkiCols.provenance,
					],
					rows: trendRows.map((r) => ({
						year: r.year,
						value: r.value,
						riket: r.riket,
						provenance: r.provenance
							? provenanceLabel(r.provenance, lang)
							: null,
					})),
				}}
				legend={nkiTrendLegend(name, lang, trendSynthetic, breaks.length > 0)}
				synthetic={trendSynthetic}
				note={
					<>
						{summary.definitionBreaks.length > 0 && (
							<ul className="muted">
								{summary.definitionBreaks.map((b) => (
									<li key={b.year}>
										{sv
											? `${b.year}: NKI totalt omfattar inte längre ${b.removed.map((a) => areaLabel(a, lang).toLowerCase()).join(" och ")}${b.added.length > 0 ? ` men nu ${b.added.map((a) => areaLabel(a, lang).toLowerCase()).join(" och ")}` : ""} (jämfört med ${b.previousYear}).`
											: `${b.year}: NKI total no longer covers ${b.removed.map((a) => areaLabel(a, lang).toLowerCase()).join(" and ")}${b.added.length > 0 ? ` but now ${b.added.map((a) => areaLabel(a, lang).toLowerCase()).join(" and ")}` : ""} (compared with ${b.previousYear}).`}
									</li>
								))}
							</ul>
						)}
						<HistoryNote history={report.history} />
					</>
				}
			>
				{trendRows.length === 0 ? (
					<EmptyState
						title={
							sv
								? "Ingen tidsserie för NKI totalt."
								: "No series for NKI total."
						}
					/>
				) : (
					<NkiTrendChart
						rows={trendRows}
						domain={trendDomain}
						breaks={breaks}
						lang={lang}
					/>
				)}
			</ChartFrame>
		</>
	);
}
