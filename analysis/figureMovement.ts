import type { Provenance } from "../domain/provenance.ts";

/** One year's figure (a rank, a score, an NKI) with where it comes from. */
export interface FigurePoint {
	year: number;
	value: number;
	provenance: Provenance;
}

export type MovementDirection = "better" | "worse" | "unchanged";

export interface FigureMovement {
	/** The latest figure from a year before the action started; what the action set out to move. */
	baseline: FigurePoint | null;
	/** The latest figure of a later year. */
	latest: FigurePoint | null;
	change: number | null;
	direction: MovementDirection | null;
}

/** Differences of figures with two decimals stay readable (3.9 − 3.8 is 0.1, not 0.0999…). */
function roundChange(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/**
 * How a figure moved since an action started: from the last figure of a year before the start
 * year (a survey answered or a case handled before the action could act on it) to the newest
 * figure after that. Without a start year there is no baseline, and the latest figure is the
 * newest one. `points` may come in any order; one point per year.
 */
export function figureMovement(
	points: readonly FigurePoint[],
	startYear: number | null,
	higherIsBetter: boolean,
): FigureMovement {
	const sorted = [...points].sort((a, b) => a.year - b.year);
	const baseline =
		startYear === null
			? null
			: (sorted.filter((point) => point.year < startYear).at(-1) ?? null);
	const newest = sorted.at(-1) ?? null;
	const latest =
		newest && (baseline === null || newest.year > baseline.year)
			? newest
			: null;
	if (!baseline || !latest)
		return { baseline, latest, change: null, direction: null };
	const change = roundChange(latest.value - baseline.value);
	const direction: MovementDirection =
		change === 0
			? "unchanged"
			: change > 0 === higherIsBetter
				? "better"
				: "worse";
	return { baseline, latest, change, direction };
}

/** Whether a definition break year falls after the baseline, up to the latest figure. */
export function crossesBreak(
	movement: FigureMovement,
	breakYears: readonly number[],
): boolean {
	const { baseline, latest } = movement;
	if (!baseline || !latest) return false;
	return breakYears.some((year) => year > baseline.year && year <= latest.year);
}
