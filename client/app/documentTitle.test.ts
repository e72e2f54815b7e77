import { describe, expect, it } from "vitest";
import { documentTitle } from "./documentTitle.ts";

describe("documentTitle", () => {
	it("names the page, the municipality and year, then Topp10", () => {
		expect(documentTitle("Faktorer", "Partille", 2023)).toBe(
			"Faktorer – Partille 2023 – Topp10",
		);
		expect(documentTitle("Import", null, null)).toBe("Import – Topp10");
		expect(documentTitle(null, null, null)).toBe("Topp10");
	});
});
