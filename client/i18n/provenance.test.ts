import { describe, expect, it } from "vitest";
import { hasSynthetic, provenanceLabel } from "./provenance.ts";

describe("provenance", () => {
	it("labels provenances in both languages", () => {
		expect(provenanceLabel("synthetic")).toBe("syntetisk exempeldata");
		expect(provenanceLabel("published", "en")).toBe("published");
	});
	it("finds a synthetic figure in any list", () => {
		expect(hasSynthetic(["published"], null, ["imported", "synthetic"])).toBe(
			true,
		);
		expect(hasSynthetic(["published"], [null], undefined)).toBe(false);
		expect(hasSynthetic()).toBe(false);
	});
});
