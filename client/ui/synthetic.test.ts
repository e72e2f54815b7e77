import { describe, expect, it } from "vitest";
import { anySynthetic, hasSynthetic } from "./synthetic.ts";

describe("hasSynthetic", () => {
	it("finds a synthetic figure in any list", () => {
		expect(hasSynthetic(["published"], null, ["imported", "synthetic"])).toBe(
			true,
		);
		expect(hasSynthetic(["published"], [null], undefined)).toBe(false);
		expect(hasSynthetic()).toBe(false);
	});
	it("finds a synthetic row", () => {
		const rows = [{ p: "published" as const }, { p: "synthetic" as const }];
		expect(anySynthetic(rows, (r) => r.p)).toBe(true);
		expect(anySynthetic(rows.slice(0, 1), (r) => r.p)).toBe(false);
	});
});
