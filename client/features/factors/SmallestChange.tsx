import type { SmallestChangeResult } from "../../../analysis/smallestChangeToRank.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { TableShell } from "../../ui/TableShell.tsx";
import { FACTORS_MESSAGES } from "./messages.ts";

/** Beyond this many standard deviations a single-factor change is not a realistic plan. */
const REALISTIC_SD = 2;

type SmallestFactor = SmallestChangeResult["factors"][number];

/** For each factor alone: the score that would reach rank 10 under the model, with a "try it" button. */
export function SmallestChange({
	result,
	onTry,
}: {
	result: SmallestChangeResult;
	onTry: (factorId: string, value: number) => void;
}) {
	const m = useMessages(FACTORS_MESSAGES).smallest;
	return (
		<section
			className="panel"
			aria-labelledby="smallest-title"
			data-testid="smallest-change"
		>
			<h2 id="smallest-title">{m.title}</h2>
			{result.alreadyThere ? (
				<p>{m.alreadyThere(result.currentRank, result.targetRank)}</p>
			) : (
				<>
					<p className="muted">
						{m.help(result.currentRank, result.targetRank, REALISTIC_SD)}
					</p>
					<TableShell
						caption={m.title}
						captionClassName="sr-only"
						head={<SmallestChangeHead />}
					>
						{result.factors.map((f) => (
							<SmallestChangeRow key={f.factorId} factor={f} onTry={onTry} />
						))}
					</TableShell>
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
			<th scope="col">
				<span className="sr-only">{m.smallest.try}</span>
			</th>
		</>
	);
}

function SmallestChangeRow({
	factor: f,
	onTry,
}: {
	factor: SmallestFactor;
	onTry: (factorId: string, value: number) => void;
}) {
	const { num, signed } = useI18n();
	const m = useMessages(FACTORS_MESSAGES).smallest;
	const realistic =
		f.reachable &&
		f.changeInSd !== null &&
		Math.abs(f.changeInSd) <= REALISTIC_SD;
	const needed = f.reachable ? f.needed : null;
	return (
		<tr>
			<td>{f.label}</td>
			<td>{num(f.current, 2)}</td>
			<td>{f.reachable ? num(f.needed, 2) : m.cannotReach}</td>
			<td>{f.reachable ? signed(f.change, 2) : "–"}</td>
			<td>
				{num(f.changeInSd, 1)}
				{f.reachable && !realistic && (
					<span className="muted"> {m.unrealistic}</span>
				)}
			</td>
			<td>
				{needed !== null && (
					<button
						type="button"
						onClick={() => onTry(f.factorId, needed)}
						aria-label={m.tryLabel(f.label, num(needed, 2))}
					>
						{m.try}
					</button>
				)}
			</td>
		</tr>
	);
}
