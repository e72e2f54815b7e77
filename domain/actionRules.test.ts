import { describe, expect, it } from "vitest";
import {
	applyActionPatch,
	checkActionFields,
	checkArchivedPatch,
	creationChanges,
	diffActionFields,
	type KnownTargets,
	normaliseIds,
} from "./actionRules.ts";
import type { ActionFields } from "./actions.ts";
import { hasRole } from "./actions.ts";

const known: KnownTargets = {
	factorIds: new Set(["total", "service", "lagar-regler"]),
	insiktAreas: new Set(["bygglov", "livsmedel", "totalt"]),
};

const fields: ActionFields = {
	title: "Snabbare bygglov",
	description: "",
	owner: { department: "Samhällsbyggnadsförvaltningen", person: "Anna Berg" },
	factorIds: ["service"],
	insiktAreas: ["bygglov"],
	start: "2024-03-01",
	due: "2024-12-31",
	status: "pagar",
};

describe("checkActionFields", () => {
	it("accepts a complete action and one without dates", () => {
		expect(checkActionFields(fields, known)).toEqual([]);
		expect(
			checkActionFields({ ...fields, start: null, due: null }, known),
		).toEqual([]);
	});

	it("refuses a due date before the start, naming the field due", () => {
		expect(
			checkActionFields({ ...fields, due: "2024-02-29" }, known),
		).toMatchObject([{ field: "due", code: "due_before_start" }]);
		expect(checkActionFields({ ...fields, due: "2024-03-01" }, known)).toEqual(
			[],
		);
	});

	it("refuses dates that are not on the calendar before comparing them", () => {
		const issues = checkActionFields({ ...fields, start: "2023-02-29" }, known);
		expect(issues).toMatchObject([{ field: "start", code: "invalid_date" }]);
		expect(issues[0]?.message).toContain("YYYY-MM-DD");
	});

	it("refuses an empty title and an empty förvaltning", () => {
		expect(
			checkActionFields(
				{ ...fields, title: "", owner: { department: "", person: "" } },
				known,
			).map((issue) => issue.field),
		).toEqual(["title", "owner.department"]);
	});

	it("names unknown factor ids and areas with examples of known ones", () => {
		const [factor, area] = checkActionFields(
			{ ...fields, factorIds: ["servce"], insiktAreas: ["bygg"] },
			known,
		);
		expect(factor).toMatchObject({
			field: "factorIds",
			code: "unknown_factor",
		});
		expect(factor?.message).toContain('"servce"');
		expect(factor?.message).toContain("service");
		expect(area).toMatchObject({
			field: "insiktAreas",
			code: "unknown_insikt_area",
		});
	});

	it("refuses a title longer than 200 characters", () => {
		expect(
			checkActionFields({ ...fields, title: "x".repeat(201) }, known),
		).toMatchObject([{ field: "title", code: "too_long" }]);
	});
});

describe("applyActionPatch and diffActionFields", () => {
	it("changes only what the patch names, with one change per field", () => {
		const after = applyActionPatch(fields, {
			status: "klar",
			owner: { person: "Bo Ek" },
		});
		expect(after.owner).toEqual({
			department: "Samhällsbyggnadsförvaltningen",
			person: "Bo Ek",
		});
		expect(diffActionFields(fields, after)).toEqual([
			{ field: "owner.person", oldValue: "Anna Berg", newValue: "Bo Ek" },
			{ field: "status", oldValue: "pagar", newValue: "klar" },
		]);
	});

	it("treats trimmed text and reordered or repeated ids as no change", () => {
		const after = applyActionPatch(fields, {
			title: " Snabbare bygglov ",
			factorIds: ["service", "service"],
		});
		expect(diffActionFields(fields, after)).toEqual([]);
		expect(normaliseIds(["b", " a", "b", ""])).toEqual(["a", "b"]);
	});

	it("clears a date with null, and keeps it when the patch leaves it out", () => {
		expect(applyActionPatch(fields, { due: null }).due).toBeNull();
		expect(applyActionPatch(fields, {}).due).toBe("2024-12-31");
	});

	it("records a new action as every non-empty field from nothing", () => {
		expect(creationChanges(fields).map((change) => change.field)).toEqual([
			"title",
			"owner.department",
			"owner.person",
			"factorIds",
			"insiktAreas",
			"start",
			"due",
			"status",
		]);
		expect(creationChanges(fields)[0]).toEqual({
			field: "title",
			oldValue: null,
			newValue: "Snabbare bygglov",
		});
	});
});

describe("checkArchivedPatch", () => {
	it("lets an archived action only come back", () => {
		expect(checkArchivedPatch(true, { status: "klar" })).toMatchObject({
			code: "action_archived",
		});
		expect(checkArchivedPatch(true, { archived: false, status: "klar" })).toBe(
			null,
		);
		expect(checkArchivedPatch(true, { archived: true })).toBeNull();
		expect(checkArchivedPatch(false, { status: "klar" })).toBeNull();
	});
});

describe("hasRole", () => {
	it("lets an admin do what an editor may, not the other way round", () => {
		expect(hasRole("admin", "editor")).toBe(true);
		expect(hasRole("editor", "editor")).toBe(true);
		expect(hasRole("editor", "admin")).toBe(false);
	});
});
