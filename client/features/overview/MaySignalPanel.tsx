import { MIN_MAY_SIGNAL_PAIRS } from "../../../analysis/maySignal.ts";
import type { MaySignalReport } from "../../../server/schemas/ranking.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { EmptyState } from "../../ui/QueryState.tsx";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { maySignalSentence } from "./sentences.ts";

const MAX_RANK = 290;

/** Where a rank sits on a 1..290 bar, in percent from the left. */
const at = (rank: number) => `${((rank - 1) / (MAX_RANK - 1)) * 100}%`;

/** The May survey score as an early signal of the September rank: the band, the fit, and n. */
export function MaySignalPanel({ report }: { report: MaySignalReport | null }) {
	const { t, lang, num, rank } = useI18n();
	const sv = lang === "sv";
	return (
		<section
			className="panel"
			aria-labelledby="may-signal-title"
			data-testid="may-signal"
		>
			<h2 id="may-signal-title">
				{t("overview.maySignal")}{" "}
				<SyntheticBadge
					show={
						report?.scoreProvenance === "synthetic" ||
						report?.actualRankProvenance === "synthetic" ||
						(report?.fitProvenances.includes("synthetic") ?? false)
					}
				/>
			</h2>
			{report === null ? (
				<EmptyState
					title={
						sv
							? "Inget majresultat finns för kommunen."
							: "There is no May survey result for the municipality."
					}
				>
					<p className="muted">
						{sv
							? "Svenskt Näringsliv publicerar enkätsvaren i maj och rankingen i september. När ett sammanfattande omdöme för året är importerat visas här vilken septemberplacering det brukar ge."
							: "Svenskt Näringsliv publishes the survey in May and the ranking in September. Once a survey score for the year is imported, this panel shows the September rank it usually leads to."}
					</p>
				</EmptyState>
			) : (
				<>
					<p>{maySignalSentence(report, MIN_MAY_SIGNAL_PAIRS, lang)}</p>
					{report.signal.expectedRank !== null && (
						<div
							className="rank-band"
							role="img"
							aria-label={
								sv
									? `Väntad placering ${report.signal.expectedRank}, intervall ${report.signal.low ?? "–"}–${report.signal.high ?? "–"} av 290`
									: `Expected rank ${report.signal.expectedRank}, band ${report.signal.low ?? "–"}–${report.signal.high ?? "–"} of 290`
							}
						>
							<div className="rank-band-track">
								{report.signal.low !== null && report.signal.high !== null && (
									<div
										className="rank-band-range"
										style={{
											left: at(report.signal.low),
											width: `calc(${at(report.signal.high)} - ${at(report.signal.low)})`,
										}}
									/>
								)}
								<div
									className="rank-band-top10"
									style={{ left: 0, width: at(10) }}
								/>
								<div
									className="rank-band-mark"
									style={{ left: at(report.signal.expectedRank) }}
								/>
								{report.actualRank !== null && (
									<div
										className="rank-band-actual"
										style={{ left: at(report.actualRank) }}
									/>
								)}
							</div>
							<div className="rank-band-scale" aria-hidden="true">
								<span>1</span>
								<span>100</span>
								<span>200</span>
								<span>290</span>
							</div>
						</div>
					)}
					<dl className="facts">
						<dt>{sv ? "Majomdöme" : "May score"}</dt>
						<dd>
							{num(report.score, 2)} ({report.year})
						</dd>
						<dt>{sv ? "Väntad placering" : "Expected rank"}</dt>
						<dd>
							{report.signal.expectedRank === null
								? "–"
								: rank(report.signal.expectedRank)}
						</dd>
						<dt>R²</dt>
						<dd>{num(report.signal.fit?.rSquared ?? null, 2)}</dd>
						<dt>n</dt>
						<dd>
							{report.signal.pairsUsed}
							{report.signal.fit
								? ""
								: sv
									? ` (minst ${MIN_MAY_SIGNAL_PAIRS} behövs)`
									: ` (at least ${MIN_MAY_SIGNAL_PAIRS} needed)`}
						</dd>
						{report.signal.fit && (
							<>
								<dt>{sv ? "Anpassning" : "Fit"}</dt>
								<dd>
									ln({sv ? "placering" : "rank"}) ={" "}
									{num(report.signal.fit.intercept, 2)}{" "}
									{report.signal.fit.slope < 0 ? "−" : "+"}{" "}
									{num(Math.abs(report.signal.fit.slope), 2)} ×{" "}
									{sv ? "omdöme" : "score"} ({report.signal.fit.years[0]}–
									{report.signal.fit.years.at(-1)})
								</dd>
							</>
						)}
					</dl>
				</>
			)}
		</section>
	);
}
