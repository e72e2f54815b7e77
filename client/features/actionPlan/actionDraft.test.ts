import { describe, expect, it } from "vitest";
import {
	createBody,
	draftFieldOf,
	EMPTY_DRAFT,
	patchBody,
	toggled,
} from "./actionDraft.ts";

describe("the action form's draft", () => {
	it("sends empty dates as null (not decided) and the version with an edit", () => {
		const draft = {
			...EMPTY_DRAFT,
			title: "Snabbare bygglov",
			department: "Samhällsbyggnad",
			start: " 2026-01-15 ",
			insiktAreas: ["bygglov", "not-an-area"],
		};
		expect(createBody(draft)).toMatchObject({
			title: "Snabbare bygglov",
			owner: { department: "Samhällsbyggnad", person: "" },
			start: "2026-01-15",
			due: null,
			insiktAreas: ["bygglov"],
		});
		expect(patchBody(draft, 4).version).toBe(4);
	});
	it("finds the input an API error is about", () => {
		expect(draftFieldOf("owner.department")).toBe("department");
		expect(draftFieldOf("due")).toBe("due");
		expect(draftFieldOf("factorIds/0")).toBe("factorIds");
		expect(draftFieldOf("version")).toBeNull();
		expect(draftFieldOf(null)).toBeNull();
	});
	it("toggles an id in a list", () => {
		expect(toggled(["a"], "b")).toEqual(["a", "b"]);
		expect(toggled(["a", "b"], "a")).toEqual(["b"]);
	});
});
