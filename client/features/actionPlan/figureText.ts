import type { FigureMovement } from "../../../server/schemas/actions.ts";
import type { Formatter } from "../../i18n/format.ts";
import { areaLabel } from "../../i18n/terms.ts";
import { PLAN_MESSAGES } from "./messages.ts";
import { figureDigits } from "./planData.ts";

/** "Bygglov NKI", "Service till företagen", "Sammanlagd placering placering" is avoided. */
export function figureLabel(figure: FigureMovement, f: Formatter): string {
	const m = PLAN_MESSAGES[f.lang];
	const name =
		figure.target === "insikt"
			? areaLabel(figure.id, f.lang)
			: (figure.label ?? figure.id);
	const measure = m.measure[figure.measure];
	if (figure.target === "insikt" && figure.id === "totalt") return name;
	return measure ? `${name} ${measure}` : name;
}

function value(figure: FigureMovement, v: number, f: Formatter): string {
	return figure.measure === "rank" ? f.rank(v) : f.num(v, figureDigits(figure));
}

/** "Bygglov NKI 68 → 74 sedan start 2024", or what is missing. */
export function movementSentence(
	figure: FigureMovement,
	startYear: number | null,
	f: Formatter,
): string {
	const m = PLAN_MESSAGES[f.lang];
	const label = figureLabel(figure, f);
	if (figure.baseline === null) return m.movementNoBaseline(label);
	const from = value(figure, figure.baseline.value, f);
	if (figure.latest === null)
		return m.movementNoLatest(label, from, f.year(figure.baseline.year));
	return m.movement(
		label,
		from,
		value(figure, figure.latest.value, f),
		f.year(startYear ?? figure.baseline.year),
	);
}
