import type { UseQueryResult } from "@tanstack/react-query";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { Ranking } from "../../../server/schemas/ranking.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { useGapQuery, useRankingThrough } from "../../api/municipalities.ts";
import type { PageProps } from "../../app/PageProps.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import type { TableData } from "../../export/table.ts";
import { genitive } from "../../i18n/dictionary.ts";
import type { Lang } from "../../i18n/format.ts";
import { hasSynthetic, provenanceLabel } from "../../i18n/provenance.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { updateSearch } from "../../state/router.ts";
import { PARAM } from "../../state/urlState.ts";
import { HistoryNote } from "../../ui/HistoryNote.tsx";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { FigureCards } from "./FigureCards.tsx";
import { MaySignalPanel } from "./MaySignalPanel.tsx";
import { Neighbours } from "./Neighbours.tsx";
import { overviewFigures } from "./overviewFigures.ts";
import { RankTrendChart, rankTrendLegend } from "./RankTrendChart.tsx";
import { buildRankTrendRows, methodChangeX } from "./rankTrendData.ts";
import { overviewSentence } from "./sentences.ts";

export function rankTable(ranking: Ranking, lang: Lang): TableData {
	const sv = lang === "sv";
	const changes = new Map(ranking.trend.years.map((y) => [y.year, y.change]));
	return {
		columns: [
			{ key: "year", label: sv ? "År" : "Year" },
			{ key: "rank", label: sv ? "Placering" : "Rank" },
			{ key: "change", label: sv ? "Förändring" : "Change" },
			{
				key: "score",
				label: sv ? "Sammanfattande omdöme" : "Overall survey score",
				digits: 2,
			},
			{ key: "provenance", label: sv ? "Ursprung" : "Provenance" },
			{ key: "source", label: sv ? "Källa" : "Source" },
		],
		rows: ranking.years.map((y) => ({
			year: y.year,
			rank: y.rank,
			change: changes.get(y.year) ?? null,
			score: y.score,
			provenance: provenanceLabel(
				y.rank === null && y.scoreProvenance ? y.scoreProvenance : y.provenance,
				lang,
			),
			source: y.source,
		})),
	};
}

export default function OverviewPage({
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
	const gap = useGapQuery(code, year, year !== null && ranking.isSuccess);
	const { lang } = useI18n();
	const sv = lang === "sv";
	return (
		<QueryState query={ranking}>
			{(data) =>
				year === null ? (
					<article>
						<Heading name={data.municipality.name} />
						<EmptyState
							title={
								sv
									? `Det finns ingen placering för ${data.municipality.name} ännu.`
									: `There is no rank for ${data.municipality.name} yet.`
							}
						>
							<p>
								{sv
									? "Den medföljande datamängden innehåller bara de placeringar Svenskt Näringsliv har publicerat för ett urval kommuner. Importera rankingen (Import-sidan eller npm run import) för att se alla 290."
									: "The bundled data set holds only the ranks Svenskt Näringsliv has published for a few municipalities. Import the ranking (the Import page or npm run import) to see all 290."}
							</p>
						</EmptyState>
					</article>
				) : (
					<OverviewContent ranking={data} gap={gap} year={year} />
				)
			}
		</QueryState>
	);
}

function Heading({ name }: { name: string }) {
	const { t, lang } = useI18n();
	return <h1>{t("overview.heading", { genitive: genitive(name, lang) })}</h1>;
}

function OverviewContent({
	ranking,
	gap,
	year,
}: {
	ranking: Ranking;
	gap: UseQueryResult<GapReport>;
	year: number;
}) {
	const { t, lang } = useI18n();
	const sv = lang === "sv";
	const { municipality, trend } = ranking;
	const figures = overviewFigures(ranking, gap.data ?? null, year);
	const rows = buildRankTrendRows(
		ranking.years,
		trend.projection,
		trend.targetYear,
	);
	const shownGapProvenances = gap.data
		? [
				gap.data.gap.numberTen?.provenance ?? null,
				...gap.data.gap.neighbours.above.map((n) => n.provenance),
				...gap.data.gap.neighbours.below.map((n) => n.provenance),
			]
		: [];
	const synthetic = hasSynthetic(
		ranking.provenances,
		figures.provenances,
		shownGapProvenances,
		ranking.maySignal
			? [
					ranking.maySignal.scoreProvenance,
					ranking.maySignal.actualRankProvenance,
					...ranking.maySignal.fitProvenances,
				]
			: [],
	);
	const chartSynthetic = rows.some((r) => r.provenance === "synthetic");
	const first = rows[0]?.year;
	const lastRanked = trend.latest?.year;
	const latestYear = trend.latest?.year ?? year;
	return (
		<article>
			<Heading name={municipality.name} />
			<SyntheticBanner show={synthetic} />
			<p className="lead" data-testid="summary-sentence">
				{overviewSentence(
					{
						name: municipality.name,
						year,
						rank: figures.rank,
						targetRank: trend.targetRank,
						targetYear: trend.targetYear,
						status: trend.status,
					},
					lang,
				)}
			</p>
			<div className="target-picker">
				<label htmlFor="target-year">
					{sv ? "Målår för topp 10" : "Target year for the top 10"}
				</label>
				<select
					id="target-year"
					value={trend.targetYear}
					onChange={(event) =>
						updateSearch({ [PARAM.targetYear]: event.target.value })
					}
				>
					{Array.from({ length: 8 }, (_, i) => latestYear + 1 + i).map((y) => (
						<option key={y} value={y}>
							{y}
						</option>
					))}
					{trend.targetYear <= latestYear && (
						<option value={trend.targetYear}>{trend.targetYear}</option>
					)}
				</select>
			</div>
			<FigureCards figures={figures} />
			<ChartFrame
				id="rank-trend"
				title={t("overview.trendTitle")}
				subtitle={`${municipality.name}${first !== undefined && lastRanked !== undefined ? ` ${first}–${lastRanked}` : ""}`}
				description={t("overview.trendDesc")}
				source={
					sv
						? "Svenskt Näringsliv, Lokalt företagsklimat (foretagsklimat.se); trend och prognos: Topp10"
						: "Svenskt Näringsliv, Lokalt företagsklimat (foretagsklimat.se); trend and projection: Topp10"
				}
				table={rankTable(ranking, lang)}
				legend={rankTrendLegend(lang, {
					synthetic: chartSynthetic,
					imported: rows.some((r) => r.provenance === "imported"),
					projection: rows.some((r) => r.projection !== null),
					methodChange: methodChangeX(rows) !== null,
					target: true,
				})}
				synthetic={chartSynthetic}
				note={<HistoryNote history={ranking.history} />}
			>
				{rows.length === 0 ? (
					<EmptyState
						title={
							sv
								? "Ingen placering finns att rita."
								: "There is no rank to chart."
						}
					/>
				) : (
					<RankTrendChart
						rows={rows}
						targetYear={trend.targetYear}
						targetRank={trend.targetRank}
						selectedYear={year}
						lang={lang}
					/>
				)}
			</ChartFrame>
			<div className="two-columns">
				<MaySignalPanel report={ranking.maySignal} />
				<QueryState
					query={gap}
					renderError={(error) => (
						<p>
							{sv
								? `Grannarna i rankingen kan inte visas för ${year}: ${errorMessage(error, lang)}`
								: `The neighbours in the ranking cannot be shown for ${year}: ${errorMessage(error, lang)}`}
						</p>
					)}
				>
					{(report) => <Neighbours gap={report.gap} />}
				</QueryState>
			</div>
		</article>
	);
}
