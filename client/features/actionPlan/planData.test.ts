import { describe, expect, it } from "vitest";
import type { Action } from "../../../server/schemas/actions.ts";
import {
	dueTimeline,
	groupActions,
	isOverdue,
	parseGroupBy,
	statusCounts,
	UNLINKED,
	unlinkedFactors,
} from "./planData.ts";

function action(overrides: Partial<Action> & { id: number }): Action {
	return {
		title: `Åtgärd ${overrides.id}`,
		description: "",
		owner: { department: "Samhällsbyggnad", person: "" },
		factorIds: [],
		insiktAreas: [],
		start: null,
		due: null,
		status: "planerad",
		version: 1,
		createdAt: "2026-01-01T08:00:00.000Z",
		createdBy: "anna",
		updatedAt: "2026-01-01T08:00:00.000Z",
		updatedBy: "anna",
		archivedAt: null,
		...overrides,
	};
}

describe("isOverdue", () => {
	it("flags an open action due before today, not one due today or finished", () => {
		expect(isOverdue(action({ id: 1, due: "2026-05-14" }), "2026-05-15")).toBe(
			true,
		);
		expect(isOverdue(action({ id: 1, due: "2026-05-15" }), "2026-05-15")).toBe(
			false,
		);
		expect(
			isOverdue(
				action({ id: 1, due: "2026-05-01", status: "klar" }),
				"2026-05-15",
			),
		).toBe(false);
		expect(
			isOverdue(
				action({ id: 1, due: "2026-05-01", status: "pausad" }),
				"2026-05-15",
			),
		).toBe(true);
		expect(isOverdue(action({ id: 1 }), "2026-05-15")).toBe(false);
	});
});

describe("groupActions", () => {
	const a = action({
		id: 1,
		factorIds: ["service", "total"],
		due: "2026-09-01",
	});
	const b = action({ id: 2, factorIds: ["service"], due: "2026-03-01" });
	const c = action({ id: 3, insiktAreas: ["bygglov"], status: "klar" });

	it("puts an action aimed at two factors in both, in the given order, unlinked last", () => {
		const groups = groupActions([a, b, c], "factor", ["total", "service"]);
		expect(groups.map((g) => [g.key, g.actions.map((x) => x.id)])).toEqual([
			["total", [1]],
			["service", [2, 1]],
			[UNLINKED, [3]],
		]);
	});
	it("groups by status in the statuses' order", () => {
		expect(groupActions([c, a], "status").map((g) => g.key)).toEqual([
			"planerad",
			"klar",
		]);
	});
	it("reads the grouping from the URL, factor by default", () => {
		expect(parseGroupBy("area")).toBe("area");
		expect(parseGroupBy("nonsense")).toBe("factor");
		expect(parseGroupBy(null)).toBe("factor");
	});
});

describe("dueTimeline and statusCounts", () => {
	it("orders the due dates by month and leaves out the undecided", () => {
		const timeline = dueTimeline([
			action({ id: 1, due: "2026-09-30" }),
			action({ id: 2, due: "2026-05-15" }),
			action({ id: 3, due: "2026-05-01" }),
			action({ id: 4 }),
		]);
		expect(timeline.map((t) => [t.month, t.actions.map((x) => x.id)])).toEqual([
			["2026-05", [3, 2]],
			["2026-09", [1]],
		]);
	});
	it("counts every status, zero included", () => {
		expect(
			statusCounts([action({ id: 1 }), action({ id: 2, status: "klar" })]),
		).toEqual({ planerad: 1, pagar: 0, klar: 1, pausad: 0, avbruten: 0 });
	});
});

describe("unlinkedFactors", () => {
	it("points out factors with a large share of the gap and no action", () => {
		const factors = [
			{ factorId: "service", share: 0.3 },
			{ factorId: "skolan", share: 0.2 },
			{ factorId: "kommunikationer", share: 0.05 },
			{ factorId: "total", share: null },
		];
		expect([
			...unlinkedFactors(factors, [action({ id: 1, factorIds: ["service"] })]),
		]).toEqual(["skolan"]);
	});
});
