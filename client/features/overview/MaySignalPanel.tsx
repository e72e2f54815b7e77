import { MIN_MAY_SIGNAL_PAIRS } from "../../../analysis/maySignal.ts";
import { MUNICIPALITY_COUNT, TOP_RANK } from "../../../domain/ids.ts";
import type { MaySignalReport } from "../../../server/schemas/ranking.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { EmptyState } from "../../ui/QueryState.tsx";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { hasSynthetic } from "../../ui/synthetic.ts";
import { OVERVIEW_MESSAGES } from "./messages.ts";
import { maySignalSentence } from "./sentences.ts";

/** The ticks under the 1..290 bar. */
const SCALE = [1, 100, 200, MUNICIPALITY_COUNT];

/** Where a rank sits on a 1..290 bar, in percent from the left. */
const at = (rank: number) =>
	`${((rank - 1) / (MUNICIPALITY_COUNT - 1)) * 100}%`;

/** The May survey score as an early signal of the September rank: the band, the fit, and n. */
export function MaySignalPanel({ report }: { report: MaySignalReport | null }) {
	const { lang } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES).maySignal;
	return (
		<section
			className="panel"
			aria-labelledby="may-signal-title"
			data-testid="may-signal"
		>
			<h2 id="may-signal-title">{m.title}</h2>
			{report === null ? (
				<EmptyState title={m.none}>
					<p className="muted">{m.noneHelp}</p>
				</EmptyState>
			) : (
				<>
					<p data-testid="may-signal-sentence">
						{maySignalSentence(report, MIN_MAY_SIGNAL_PAIRS, lang)}{" "}
						<SyntheticBadge
							show={hasSynthetic([
								report.expectedRankProvenance,
								report.actualRankProvenance,
							])}
						/>
					</p>
					<RankBand report={report} />
					<MaySignalFacts report={report} />
				</>
			)}
		</section>
	);
}

/** The expected rank and its band on a bar of all 290, with the top 10 and the actual rank marked. */
function RankBand({ report }: { report: MaySignalReport }) {
	const { num } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES).maySignal;
	const { expectedRank, low, high } = report.signal;
	if (expectedRank === null) return null;
	return (
		<div
			className="rank-band"
			role="img"
			aria-label={m.band(expectedRank, low, high)}
		>
			<div className="rank-band-track">
				{low !== null && high !== null && (
					<div
						className="rank-band-range"
						style={{ left: at(low), width: `calc(${at(high)} - ${at(low)})` }}
					/>
				)}
				<div
					className="rank-band-top10"
					style={{ left: 0, width: at(TOP_RANK) }}
				/>
				<div className="rank-band-mark" style={{ left: at(expectedRank) }} />
				{report.actualRank !== null && (
					<div
						className="rank-band-actual"
						style={{ left: at(report.actualRank) }}
					/>
				)}
			</div>
			<div className="rank-band-scale" aria-hidden="true">
				{SCALE.map((tick) => (
					<span key={tick}>{num(tick)}</span>
				))}
			</div>
		</div>
	);
}

type MaySignalFit = NonNullable<MaySignalReport["signal"]["fit"]>;

/** The fitted relation written out, per the API's relation id (today only ln(rank) by score). */
function FitFormula({ fit }: { fit: MaySignalFit }) {
	const { num } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES).maySignal;
	const sign = fit.slope < 0 ? "−" : "+";
	const formulas: Record<MaySignalFit["relation"], string> = {
		"ln-rank-by-score": `ln(${m.fitRank}) = ${num(fit.intercept, 2)} ${sign} ${num(Math.abs(fit.slope), 2)} × ${m.fitScore}`,
	};
	return formulas[fit.relation];
}

function MaySignalFacts({ report }: { report: MaySignalReport }) {
	const { num, rank, year, years } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES).maySignal;
	const { fit } = report.signal;
	return (
		<dl className="facts">
			<dt>{m.mayScore}</dt>
			<dd>
				{num(report.score, 2)} ({year(report.year)}){" "}
				<SyntheticBadge show={report.scoreProvenance === "synthetic"} />
			</dd>
			<dt>{m.expectedRank}</dt>
			<dd>
				{rank(report.signal.expectedRank)}{" "}
				<SyntheticBadge
					show={
						report.signal.expectedRank !== null &&
						report.expectedRankProvenance === "synthetic"
					}
				/>
			</dd>
			{report.actualRank !== null && (
				<>
					<dt>{m.actual}</dt>
					<dd>
						{rank(report.actualRank)}{" "}
						<SyntheticBadge
							show={report.actualRankProvenance === "synthetic"}
						/>
					</dd>
				</>
			)}
			<dt>R²</dt>
			<dd>{num(fit?.rSquared ?? null, 2)}</dd>
			<dt>n</dt>
			<dd>
				{num(report.signal.pairsUsed)}
				{fit ? "" : m.atLeastNeeded(MIN_MAY_SIGNAL_PAIRS)}
			</dd>
			{fit && (
				<>
					<dt>{m.fit}</dt>
					<dd>
						<FitFormula fit={fit} /> ({years(fit.years, 0)})
					</dd>
				</>
			)}
		</dl>
	);
}
