import { describe, expect, it } from "vitest";
import { wrapLabel } from "./labels.ts";

describe("wrapLabel", () => {
	it("keeps short labels on one line", () => {
		expect(wrapLabel("Kommunalskatt", 24)).toEqual(["Kommunalskatt"]);
	});
	it("wraps long labels on words and marks a cut", () => {
		expect(
			wrapLabel("Tillgång på arbetskraft med relevant kompetens", 24),
		).toEqual(["Tillgång på arbetskraft", "med relevant kompetens"]);
		expect(
			wrapLabel(
				"Attityder: kommunpolitikers attityder till företagande i kommunen",
				24,
			),
		).toEqual(["Attityder:", "kommunpolitikers attity…"]);
	});
});
