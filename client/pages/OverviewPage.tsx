import { RankTrendChart } from "../charts/RankTrendChart.tsx";
import { toRankChartPoints } from "../charts/util/rankChartData.ts";
import { QueryState } from "../components/QueryState.tsx";
import { formatNumber, formatRank } from "../i18n/format.ts";
import { PROVENANCE_LABELS } from "../provenance.ts";
import { useRankingQuery } from "../queries/municipalities.ts";

interface OverviewPageProps {
	code: string;
}

export default function OverviewPage({ code }: OverviewPageProps) {
	const ranking = useRankingQuery(code);
	return (
		<QueryState query={ranking}>
			{({ municipality, years }) => {
				const points = toRankChartPoints(years);
				const latest = points.at(-1);
				const sources = [
					...new Set(
						years.map((y) => y.source).filter((s): s is string => s !== null),
					),
				];
				return (
					<article>
						<h1>{municipality.name}s placering i företagsklimatet</h1>
						<p className="lead">
							{latest
								? `Senaste placering: ${formatRank(latest.rank)} av 290 (${latest.year}, ${PROVENANCE_LABELS[latest.provenance]}).`
								: "Ingen placering finns ännu."}{" "}
							Målet är topp 10.
						</p>
						<section className="panel" aria-labelledby="trend-title">
							<h2 id="trend-title">
								Placering i Svenskt Näringslivs ranking, per år
							</h2>
							<p className="sr-only" id="trend-desc">
								Linjediagram med placering per år; placering 1 överst. Streckad
								linje vid placering 10.
							</p>
							<figure aria-describedby="trend-desc" data-testid="rank-trend">
								<RankTrendChart
									points={points}
									municipalityName={municipality.name}
								/>
							</figure>
							<p className="legend">
								<span className="dot filled" /> publicerad siffra{" "}
								<span className="dot hollow" /> importerad eller syntetisk
							</p>
							<table className="data-table">
								<caption>Placering och sammanfattande omdöme per år</caption>
								<thead>
									<tr>
										<th scope="col">År</th>
										<th scope="col">Placering</th>
										<th scope="col">Sammanfattande omdöme</th>
										<th scope="col">Ursprung</th>
									</tr>
								</thead>
								<tbody>
									{years.map((y) => (
										<tr key={y.year}>
											<td>{y.year}</td>
											<td>{y.rank ?? "–"}</td>
											<td>{formatNumber(y.score, 2)}</td>
											<td>{PROVENANCE_LABELS[y.provenance]}</td>
										</tr>
									))}
								</tbody>
							</table>
							<p className="source">
								Källa:{" "}
								{sources.length > 0 ? sources.join("; ") : "Svenskt Näringsliv"}
							</p>
						</section>
					</article>
				);
			}}
		</QueryState>
	);
}
