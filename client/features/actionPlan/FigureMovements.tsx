import type { ActionProgress } from "../../../server/schemas/actions.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { hasSynthetic } from "../../ui/synthetic.ts";
import { movementSentence } from "./figureText.ts";
import { PLAN_MESSAGES } from "./messages.ts";
import { figureProvenances } from "./planData.ts";

/** Each figure an action aims at and how it moved since the start, synthetic ones marked. */
export function FigureMovements({
	progress,
}: {
	progress: ActionProgress | undefined;
}) {
	const f = useI18n();
	const m = useMessages(PLAN_MESSAGES);
	const figures = progress?.figures ?? [];
	if (figures.length === 0) return <p className="muted">{m.noFigures}</p>;
	return (
		<ul className="figure-movements">
			{figures.map((figure) => (
				<li
					key={`${figure.target}:${figure.id}:${figure.measure}`}
					className={
						figure.direction ? `movement ${figure.direction}` : "movement"
					}
				>
					{movementSentence(figure, progress?.startYear ?? null, f)}
					{figure.direction && (
						<span className="movement-direction">
							{" "}
							({m.direction[figure.direction]})
						</span>
					)}
					{figure.definitionBreak && (
						<span className="muted"> · {m.definitionBreak}</span>
					)}{" "}
					<SyntheticBadge show={hasSynthetic(figureProvenances(figure))} />
				</li>
			))}
		</ul>
	);
}
