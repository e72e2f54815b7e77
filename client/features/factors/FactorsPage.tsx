import type { GapReport } from "../../../server/schemas/gap.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import {
	useGapQuery,
	useMunicipalityListQuery,
} from "../../api/municipalities.ts";
import type { PageProps } from "../../app/PageProps.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import type { TableData } from "../../export/table.ts";
import { formatNumber, type Lang } from "../../i18n/format.ts";
import { hasSynthetic } from "../../i18n/provenance.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { useResolvedYear } from "../../state/selection.ts";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { Panel, TableShell } from "../../ui/TableShell.tsx";
import { attributionSentence, factorDigits } from "../overview/sentences.ts";
import { AttributionChart, attributionLegend } from "./AttributionChart.tsx";
import { FactorScoresChart, factorScoresLegend } from "./FactorScoresChart.tsx";
import { FactorShareChart, factorShareLegend } from "./FactorShareChart.tsx";
import {
	attributionRows,
	clampToSlider,
	shareRows,
	sliderSpec,
} from "./factorData.ts";
import { ModelBox } from "./ModelBox.tsx";
import { SmallestChange } from "./SmallestChange.tsx";
import { useWhatIfDraft } from "./useWhatIfDraft.ts";
import { WhatIfPanel } from "./WhatIfPanel.tsx";

const SN_SOURCE_SV =
	"Svenskt Näringsliv (faktorvärden); gap och andelar: Topp10:s modell";
const SN_SOURCE_EN =
	"Svenskt Näringsliv (factor values); gap and shares: Topp10's model";

export function factorGapTable(report: GapReport, lang: Lang): TableData {
	const sv = lang === "sv";
	return {
		columns: [
			{ key: "factor", label: sv ? "Faktor" : "Factor" },
			{ key: "kind", label: sv ? "Typ" : "Kind" },
			{ key: "weight", label: sv ? "Vikt" : "Weight", digits: 4 },
			{ key: "ours", label: report.municipality.name, digits: 2 },
			{ key: "numberTen", label: sv ? "Nr 10" : "No. 10", digits: 2 },
			{
				key: "top10Mean",
				label: sv ? "Topp 10-snitt" : "Top-10 mean",
				digits: 2,
			},
			{
				key: "gapToNumberTen",
				label: sv ? "Gap till nr 10" : "Gap to no. 10",
				digits: 2,
			},
			{
				key: "share",
				label: sv ? "Andel av gapet (%)" : "Share of the gap (%)",
				digits: 1,
			},
		],
		rows: report.gap.factors.map((f) => ({
			factor: f.label,
			kind:
				f.kind === "survey"
					? sv
						? "enkät"
						: "survey"
					: sv
						? "statistik"
						: "statistic",
			weight: f.weight,
			ours: f.ours,
			numberTen: f.numberTen,
			top10Mean: f.top10Mean,
			gapToNumberTen: f.gapToNumberTen,
			share: f.share === null ? null : f.share * 100,
		})),
	};
}

export default function FactorsPage({ code, yearParam }: PageProps) {
	const { t, lang } = useI18n();
	const sv = lang === "sv";
	const { year, isPending } = useResolvedYear(code, yearParam);
	const gap = useGapQuery(code, year, !isPending);
	const listName = useMunicipalityListQuery().data?.municipalities.find(
		(m) => m.code === code,
	)?.name;
	return (
		<article>
			<QueryState
				query={gap}
				renderError={(error) => (
					<>
						<h1>{t("factors.heading", { name: listName ?? code })}</h1>
						<p>
							{sv
								? "Faktorerna kan inte visas: "
								: "The factors cannot be shown: "}
							{errorMessage(error, lang)}
						</p>
					</>
				)}
			>
				{(report) => (
					<>
						<h1>{t("factors.heading", { name: report.municipality.name })}</h1>
						{report.gap.factors.length === 0 ? (
							<>
								<ModelBox model={report.model} year={report.year} />
								<EmptyState
									title={
										sv
											? `Det finns inga faktorvärden för ${report.year}.`
											: `There are no factor values for ${report.year}.`
									}
								>
									<p>
										{sv
											? "Svenskt Näringsliv publicerar inte faktorvärdena för alla kommuner som en öppen tabell. Importera Svenskt Näringslivs statistik- och enkätfiler (Import-sidan eller npm run import), eller ladda den medföljande exempeldatan, så visas gapet per faktor, tänk om-reglagen och vad som förklarar förändringen."
											: "Svenskt Näringsliv does not publish the factor values of all municipalities as an open table. Import SN's statistics and survey files (the Import page or npm run import), or load the bundled example data, to see the gap per factor, the what-if sliders and what explains the change."}
									</p>
								</EmptyState>
							</>
						) : (
							<FactorsContent report={report} />
						)}
					</>
				)}
			</QueryState>
		</article>
	);
}

function FactorsContent({ report }: { report: GapReport }) {
	const { t, lang } = useI18n();
	const sv = lang === "sv";
	const whatIf = useWhatIfDraft();
	const synthetic = hasSynthetic(report.provenance.factors, [
		report.gap.numberTen?.provenance,
	]);
	const factorSynthetic = report.provenance.factors.includes("synthetic");
	const name = report.municipality.name;
	const numberTenName = report.gap.numberTen?.name ?? (sv ? "nr 10" : "no. 10");
	const survey = report.gap.factors.filter((f) => f.kind === "survey");
	const statistics = report.gap.factors.filter((f) => f.kind === "statistic");
	const scoreRows = survey.map((f) => ({
		factorId: f.factorId,
		label: f.label,
		ours: f.ours,
		numberTen: f.numberTen,
		top10Mean: f.top10Mean,
	}));
	const maxScore = Math.max(
		...scoreRows.flatMap((r) => [
			r.ours ?? 0,
			r.numberTen ?? 0,
			r.top10Mean ?? 0,
		]),
	);
	const scoreDomain: [number, number] = [
		1,
		Math.min(6, Math.ceil(maxScore * 2) / 2 + 0.5),
	];
	const attribution = report.attribution;
	const attrRows = attribution ? attributionRows(attribution.factors) : [];
	const tryValue = (factorId: string, value: number) => {
		const weight = report.model.weights.find((w) => w.factorId === factorId);
		if (!weight) return;
		const spec = sliderSpec(
			weight,
			report.gap.factors.find((f) => f.factorId === factorId),
		);
		whatIf.setValue(factorId, clampToSlider(value, spec));
		document
			.querySelector(`[data-factor="${factorId}"]`)
			?.scrollIntoView({ block: "center" });
	};
	const source = sv ? SN_SOURCE_SV : SN_SOURCE_EN;
	return (
		<>
			<SyntheticBanner show={synthetic} />
			<ModelBox model={report.model} year={report.year} />
			<p className="lead">
				{report.gap.placesToTop10 === null
					? sv
						? `${name} har ingen placering ${report.year}.`
						: `${name} has no rank for ${report.year}.`
					: report.gap.placesToTop10 === 0
						? sv
							? `${name} är inom topp 10 ${report.year}.`
							: `${name} is within the top 10 in ${report.year}.`
						: sv
							? `${name} är ${report.gap.placesToTop10} placeringar från topp 10 ${report.year}. Faktorerna nedan är ordnade efter hur stor del av gapet till topp 10 de förklarar i modellen.`
							: `${name} is ${report.gap.placesToTop10} places from the top 10 in ${report.year}. The factors below are ordered by how much of the gap to the top 10 they explain under the model.`}
			</p>
			<ChartFrame
				id="factor-share"
				title={t("factors.shareTitle")}
				subtitle={`${name} ${report.year}`}
				description={
					sv
						? "Liggande staplar: varje faktors andel av det modellerade gapet mellan kommunen och topp 10-snittet (vikt gånger skillnaden i standardiserat värde). Störst andel överst. En negativ andel betyder att faktorn är en styrka."
						: "Horizontal bars: each factor's share of the modelled gap between the municipality and the top-10 mean (weight times the difference in standardised value). Largest share at the top. A negative share means the factor is a strength."
				}
				source={source}
				table={factorGapTable(report, lang)}
				legend={factorShareLegend(lang)}
				synthetic={factorSynthetic}
			>
				<FactorShareChart rows={shareRows(report.gap.factors)} lang={lang} />
			</ChartFrame>
			{scoreRows.length > 0 && (
				<ChartFrame
					id="factor-scores"
					title={t("factors.scoresTitle", { name })}
					subtitle={`${report.year}`}
					description={
						sv
							? `Liggande staplar på enkätskalan 1–6 (1 = dåligt, 6 = utmärkt): ${name}, nr 10 (${numberTenName}) och snittet för topp 10, per enkätfaktor, i samma ordning som ovan.`
							: `Horizontal bars on the survey scale 1–6 (1 = poor, 6 = excellent): ${name}, no. 10 (${numberTenName}) and the top-10 mean, per survey factor, in the same order as above.`
					}
					source={source}
					table={{
						columns: [
							{ key: "label", label: sv ? "Faktor" : "Factor" },
							{ key: "ours", label: name, digits: 2 },
							{ key: "numberTen", label: sv ? "Nr 10" : "No. 10", digits: 2 },
							{
								key: "top10Mean",
								label: sv ? "Topp 10-snitt" : "Top-10 mean",
								digits: 2,
							},
						],
						rows: scoreRows,
					}}
					legend={factorScoresLegend(
						name,
						numberTenName,
						lang,
						factorSynthetic,
					)}
					synthetic={factorSynthetic}
				>
					<FactorScoresChart
						rows={scoreRows}
						name={name}
						numberTenName={numberTenName}
						domain={scoreDomain}
						lang={lang}
						synthetic={factorSynthetic}
					/>
				</ChartFrame>
			)}
			{statistics.length > 0 && (
				<Panel
					titleId="statistics-title"
					title={sv ? "Statistikfaktorer" : "Statistical factors"}
				>
					<p className="muted">
						{sv
							? "Statistikfaktorerna har olika enheter och visas därför som tabell."
							: "The statistical factors have different units and are shown as a table."}
					</p>
					<TableShell
						caption={sv ? "Statistikfaktorer" : "Statistical factors"}
						captionClassName="sr-only"
						head={
							<>
								<th scope="col">{sv ? "Faktor" : "Factor"}</th>
								<th scope="col">{name}</th>
								<th scope="col">{sv ? "Nr 10" : "No. 10"}</th>
								<th scope="col">{sv ? "Topp 10-snitt" : "Top-10 mean"}</th>
								<th scope="col">{sv ? "Riktning" : "Direction"}</th>
							</>
						}
					>
						{statistics.map((f) => {
							const d = factorDigits("statistic", f.ours);
							return (
								<tr key={f.factorId}>
									<td>{f.label}</td>
									<td>{formatNumber(f.ours, d, lang)}</td>
									<td>{formatNumber(f.numberTen, d, lang)}</td>
									<td>{formatNumber(f.top10Mean, d, lang)}</td>
									<td>
										{f.higherIsBetter
											? sv
												? "högre är bättre"
												: "higher is better"
											: sv
												? "lägre är bättre"
												: "lower is better"}
									</td>
								</tr>
							);
						})}
					</TableShell>
				</Panel>
			)}
			<WhatIfPanel report={report} {...whatIf} />
			{report.smallestChange && report.smallestChange.factors.length > 0 && (
				<SmallestChange result={report.smallestChange} onTry={tryValue} />
			)}
			{attribution ? (
				<ChartFrame
					id="rank-change"
					title={t("factors.attribution", { year: attribution.fromYear })}
					subtitle={`${name} ${attribution.fromYear}–${attribution.toYear}`}
					description={
						sv
							? "Liggande staplar åt höger drog upp den modellerade placeringen, åt vänster drog ned, mellan de två åren. Varje år standardiseras för sig, så en faktor kan dra ned trots att kommunens eget värde steg, om de andra steg mer."
							: "Bars to the right pulled the modelled rank up, to the left down, between the two years. Each year is standardised on its own, so a factor can pull down even though the municipality's own value rose, if the others rose more."
					}
					source={source}
					table={{
						columns: [
							{ key: "label", label: sv ? "Faktor" : "Factor" },
							{
								key: "scoreFrom",
								label: String(attribution.fromYear),
								digits: 2,
							},
							{ key: "scoreTo", label: String(attribution.toYear), digits: 2 },
							{
								key: "meanFrom",
								label: sv
									? `Snitt ${attribution.fromYear}`
									: `Mean ${attribution.fromYear}`,
								digits: 2,
							},
							{
								key: "meanTo",
								label: sv
									? `Snitt ${attribution.toYear}`
									: `Mean ${attribution.toYear}`,
								digits: 2,
							},
							{
								key: "contribution",
								label: sv ? "Bidrag" : "Contribution",
								digits: 3,
							},
						],
						rows: attribution.factors.map((f) => ({ ...f })),
					}}
					legend={attributionLegend(lang)}
					synthetic={factorSynthetic}
					note={
						<p data-testid="attribution-sentence">
							{attributionSentence(
								attribution,
								report.model.weights,
								name,
								lang,
							)}{" "}
							{attribution.modelledRank.change !== null && (
								<span className="muted">
									{sv
										? `Modellens placering ändrades ${attribution.modelledRank.from} → ${attribution.modelledRank.to}.`
										: `The model's rank moved ${attribution.modelledRank.from} → ${attribution.modelledRank.to}.`}
								</span>
							)}
						</p>
					}
				>
					{attrRows.length === 0 ? (
						<EmptyState
							title={
								sv
									? "Inga faktorer ändrade den modellerade placeringen."
									: "No factor changed the modelled rank."
							}
						/>
					) : (
						<AttributionChart rows={attrRows} lang={lang} />
					)}
				</ChartFrame>
			) : (
				<section className="panel">
					<h2>{sv ? "Varför placeringen ändrades" : "Why the rank changed"}</h2>
					<p className="muted">
						{sv
							? "Det finns inget tidigare år med faktorvärden att jämföra med."
							: "There is no earlier year with factor values to compare with."}
					</p>
				</section>
			)}
		</>
	);
}
