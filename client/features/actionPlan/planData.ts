import { ACTION_STATUSES, type ActionStatus } from "../../../domain/actions.ts";
import type { Provenance } from "../../../domain/provenance.ts";
import type {
	Action,
	ActionProgress,
	FigureMovement,
	ProgressReport,
} from "../../../server/schemas/actions.ts";

/** Statuses whose due date still matters: a finished or stopped action is never overdue. */
const OPEN_STATUSES: ReadonlySet<ActionStatus> = new Set([
	"planerad",
	"pagar",
	"pausad",
]);

/** Due before today (YYYY-MM-DD, Swedish date) and not finished or stopped. */
export function isOverdue(action: Action, today: string): boolean {
	return (
		action.due !== null &&
		action.due < today &&
		OPEN_STATUSES.has(action.status)
	);
}

export type GroupBy = "factor" | "area" | "status";

export const GROUP_BYS: readonly GroupBy[] = ["factor", "area", "status"];

export function parseGroupBy(value: string | null): GroupBy {
	return GROUP_BYS.find((g) => g === value) ?? "factor";
}

/** The key of the group for actions linked to nothing of that kind. */
export const UNLINKED = "";

export interface ActionGroup {
	/** A factor id, an area id or a status; UNLINKED for actions without a factor (or area). */
	key: string;
	actions: Action[];
}

/**
 * The actions by factor, area or status. An action aimed at two factors is in both groups; groups
 * keep the order of `order` (the factors by gap, the areas as Insikt lists them, the statuses in
 * their order), then any others by key, and the unlinked last.
 */
export function groupActions(
	actions: readonly Action[],
	by: GroupBy,
	order: readonly string[] = by === "status" ? ACTION_STATUSES : [],
): ActionGroup[] {
	const groups = new Map<string, Action[]>();
	const add = (key: string, action: Action) => {
		const list = groups.get(key) ?? [];
		list.push(action);
		groups.set(key, list);
	};
	for (const action of actions) {
		const keys =
			by === "status"
				? [action.status]
				: by === "factor"
					? action.factorIds
					: action.insiktAreas;
		if (keys.length === 0) add(UNLINKED, action);
		for (const key of keys) add(key, action);
	}
	const rank = (key: string) => {
		if (key === UNLINKED) return Number.POSITIVE_INFINITY;
		const index = order.indexOf(key);
		return index === -1 ? order.length : index;
	};
	return [...groups.entries()]
		.sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
		.map(([key, list]) => ({ key, actions: sortByDue(list) }));
}

/** By due date (undecided last), then by title. */
export function sortByDue(actions: readonly Action[]): Action[] {
	return [...actions].sort(
		(a, b) =>
			(a.due ?? "9999").localeCompare(b.due ?? "9999") ||
			a.title.localeCompare(b.title, "sv"),
	);
}

export interface TimelineMonth {
	/** YYYY-MM. */
	month: string;
	actions: Action[];
}

/** The actions with a due date, by month, earliest first. */
export function dueTimeline(actions: readonly Action[]): TimelineMonth[] {
	const months = new Map<string, Action[]>();
	for (const action of sortByDue(actions)) {
		if (action.due === null) continue;
		const month = action.due.slice(0, 7);
		months.set(month, [...(months.get(month) ?? []), action]);
	}
	return [...months.entries()].map(([month, list]) => ({
		month,
		actions: list,
	}));
}

export function statusCounts(
	actions: readonly Action[],
): Record<ActionStatus, number> {
	const counts = Object.fromEntries(
		ACTION_STATUSES.map((s) => [s, 0]),
	) as Record<ActionStatus, number>;
	for (const action of actions) counts[action.status]++;
	return counts;
}

/** The progress of each action by its id. */
export function progressById(
	report: ProgressReport | undefined,
): Map<number, ActionProgress> {
	return new Map((report?.actions ?? []).map((p) => [p.actionId, p]));
}

/** Whether any figure shown for an action (its baseline or its latest) is synthetic. */
export function figureProvenances(figure: FigureMovement): Provenance[] {
	return [figure.baseline?.provenance, figure.latest?.provenance].filter(
		(p): p is Provenance => p !== undefined,
	);
}

/** Ranks and indices are whole numbers as the sources write them; factor scores have two decimals. */
export function figureDigits(figure: FigureMovement): number {
	return figure.measure === "score" ? 2 : 0;
}

/** The factors (by id) that explain much of the gap and that no action aims at. */
export function unlinkedFactors(
	factors: readonly { factorId: string; share: number | null }[],
	actions: readonly Action[],
	threshold = LARGE_GAP_SHARE,
): Set<string> {
	const linked = new Set(actions.flatMap((a) => a.factorIds));
	return new Set(
		factors
			.filter((f) => (f.share ?? 0) >= threshold && !linked.has(f.factorId))
			.map((f) => f.factorId),
	);
}

/**
 * A factor explaining a tenth or more of the score gap to number 10 (under the API's model) counts as
 * a large gap: with about fifteen factors, an even share would be 7 %.
 */
export const LARGE_GAP_SHARE = 0.1;
