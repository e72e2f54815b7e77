import type {
	CombinedChange,
	SmallestChangeResult,
} from "../../../analysis/smallestChangeToRank.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { TableShell } from "../../ui/TableShell.tsx";
import { factorDigits, neededOnSlider, type SliderSpec } from "./factorData.ts";
import { FACTORS_MESSAGES } from "./messages.ts";

/** Beyond this many standard deviations a single-factor change is not a realistic plan. */
const REALISTIC_SD = 2;

type SmallestFactor = SmallestChangeResult["factors"][number];
type SmallestMessages = (typeof FACTORS_MESSAGES)["sv"]["smallest"];

export interface SmallestChangeProps {
	result: SmallestChangeResult;
	year: number;
	/** The what-if sliders, so "try" puts a value where the slider can take it. */
	specs: ReadonlyMap<string, SliderSpec>;
	higherIsBetter: ReadonlyMap<string, boolean>;
	/** Puts the values on the what-if sliders (replacing what was tried before). */
	onTry: (values: Record<string, number>) => void;
}

/**
 * For each factor alone: the value that would reach rank 10 under the model, reachable or not,
 * its size in standard deviations and why it is out of reach; then the cheapest paths through two
 * and three factors. Every value can be tried on the what-if sliders and gives the same rank.
 */
export function SmallestChange(props: SmallestChangeProps) {
	const { result } = props;
	const m = useMessages(FACTORS_MESSAGES).smallest;
	return (
		<section
			className="panel"
			aria-labelledby="smallest-title"
			data-testid="smallest-change"
		>
			<h2 id="smallest-title">
				{m.title} <SyntheticBadge show={result.provenance === "synthetic"} />
			</h2>
			{result.alreadyThere ? (
				<p>{m.alreadyThere(result.currentRank, result.targetRank)}</p>
			) : (
				<>
					<p className="muted">
						{m.help(result.currentRank, result.targetRank, props.year)}
					</p>
					<TableShell
						caption={m.title}
						captionClassName="sr-only"
						head={<SmallestChangeHead />}
					>
						{result.factors.map((f) => (
							<SmallestChangeRow key={f.factorId} factor={f} {...props} />
						))}
					</TableShell>
					<CombinedPaths {...props} />
				</>
			)}
		</section>
	);
}

function SmallestChangeHead() {
	const m = useMessages(FACTORS_MESSAGES);
	return (
		<>
			<th scope="col">{m.table.factor}</th>
			<th scope="col">{m.smallest.now}</th>
			<th scope="col">{m.smallest.needed}</th>
			<th scope="col">{m.smallest.change}</th>
			<th scope="col">{m.smallest.sd}</th>
			<th scope="col" className="text">
				{m.smallest.reach}
			</th>
			<th scope="col">
				<span className="sr-only">{m.smallest.try}</span>
			</th>
		</>
	);
}

/** Decimals for a factor's values: two on a 1–6 scale, fewer for large statistics. */
function digitsFor(f: Pick<SmallestFactor, "scaleMax" | "current">): number {
	return factorDigits(f.scaleMax !== null ? "survey" : "statistic", f.current);
}

/** Why the value is or is not within reach, in words. */
export function reachText(
	m: SmallestMessages,
	f: SmallestFactor,
	year: number,
	higherIsBetter: boolean,
): string {
	switch (f.reason) {
		case "outside-scale":
			return m.outsideScale(f.scaleMin, f.scaleMax);
		case "beyond-best-observed":
			return f.bestObserved === null
				? m.noEffect
				: m.beyondBest(higherIsBetter, f.bestObserved, year, digitsFor(f));
		case "no-effect":
			return m.noEffect;
		case null:
			return f.changeInSd !== null && Math.abs(f.changeInSd) > REALISTIC_SD
				? m.unrealistic(REALISTIC_SD)
				: m.reachable;
	}
}

function SmallestChangeRow({
	factor: f,
	year,
	specs,
	higherIsBetter,
	onTry,
}: SmallestChangeProps & { factor: SmallestFactor }) {
	const { num, signed } = useI18n();
	const m = useMessages(FACTORS_MESSAGES).smallest;
	const digits = digitsFor(f);
	const better = higherIsBetter.get(f.factorId) ?? true;
	const spec = specs.get(f.factorId);
	const onSlider =
		f.needed === null || !spec ? null : neededOnSlider(f.needed, spec, better);
	return (
		<tr data-factor={f.factorId} data-reason={f.reason ?? "reachable"}>
			<td>{f.label}</td>
			<td>{num(f.current, digits)}</td>
			<td data-testid="needed">{num(f.needed, digits)}</td>
			<td>{signed(f.change, digits)}</td>
			<td>{num(f.changeInSd, 1)}</td>
			<td className="text">{reachText(m, f, year, better)}</td>
			<td>
				{onSlider !== null && (
					<button
						type="button"
						onClick={() => onTry({ [f.factorId]: onSlider })}
						aria-label={m.tryLabel(f.label, num(onSlider, spec?.digits ?? 2))}
					>
						{m.try}
					</button>
				)}
			</td>
		</tr>
	);
}

/** The cheapest ways through two and three factors, each with a button that tries it. */
function CombinedPaths(props: SmallestChangeProps) {
	const m = useMessages(FACTORS_MESSAGES).smallest;
	const { combinations, targetRank } = props.result;
	return (
		<div className="combined-paths" data-testid="combined-paths">
			<h3>{m.pathsTitle}</h3>
			<p className="muted">{m.pathsHelp}</p>
			{combinations.length === 0 ? (
				<p>{m.noPath(targetRank)}</p>
			) : (
				combinations.map((path) => (
					<CombinedPath key={path.size} path={path} {...props} />
				))
			)}
		</div>
	);
}

function CombinedPath({
	path,
	result,
	specs,
	higherIsBetter,
	onTry,
}: SmallestChangeProps & { path: CombinedChange }) {
	const single = new Map(result.factors.map((f) => [f.factorId, f]));
	const { num, signed } = useI18n();
	const messages = useMessages(FACTORS_MESSAGES);
	const m = messages.smallest;
	const values: Record<string, number> = {};
	for (const f of path.factors) {
		const spec = specs.get(f.factorId);
		const value = spec
			? neededOnSlider(f.to, spec, higherIsBetter.get(f.factorId) ?? true)
			: null;
		if (value !== null) values[f.factorId] = value;
	}
	const triable = Object.keys(values).length === path.factors.length;
	return (
		<div className="combined-path" data-testid={`path-${path.size}`}>
			<h4>{m.pathTitle(path.size)}</h4>
			<TableShell
				caption={m.pathTitle(path.size)}
				captionClassName="sr-only"
				head={
					<>
						<th scope="col">{messages.table.factor}</th>
						<th scope="col">{m.now}</th>
						<th scope="col">{m.to}</th>
						<th scope="col">{m.change}</th>
						<th scope="col">{m.sd}</th>
					</>
				}
			>
				{path.factors.map((f) => {
					const own = single.get(f.factorId);
					const digits = own ? digitsFor(own) : 2;
					return (
						<tr key={f.factorId}>
							<td>{f.label}</td>
							<td>{num(f.current, digits)}</td>
							<td>{num(f.to, digits)}</td>
							<td>{signed(f.change, digits)}</td>
							<td>{num(f.changeInSd, 1)}</td>
						</tr>
					);
				})}
			</TableShell>
			<p>
				{m.pathSummary(path.totalSd, path.largestSd, path.modelledRank)}{" "}
				{triable && (
					<button
						type="button"
						onClick={() => onTry(values)}
						aria-label={m.tryPathLabel(path.size)}
					>
						{m.tryPath}
					</button>
				)}
			</p>
		</div>
	);
}
