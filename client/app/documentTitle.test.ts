import { describe, expect, it } from "vitest";
import { documentTitle, pageName } from "./documentTitle.ts";
import { APP_MESSAGES } from "./messages.ts";

describe("documentTitle", () => {
	it("names the page, the municipality and year, then Topp10", () => {
		expect(documentTitle("Faktorer", "Partille", 2023)).toBe(
			"Faktorer – Partille 2023 – Topp10",
		);
		expect(documentTitle("Import", null, null)).toBe("Import – Topp10");
		expect(documentTitle(null, null, null)).toBe("Topp10");
	});
});

describe("pageName", () => {
	it("names a page by its navigation label, and the login page too", () => {
		expect(pageName("/faktorer", APP_MESSAGES.sv)).toBe("Faktorer");
		expect(pageName("/handlingsplan", APP_MESSAGES.en)).toBe("Action plan");
		expect(pageName("/logga-in", APP_MESSAGES.sv)).toBe("Logga in");
		expect(pageName("/logga-in", APP_MESSAGES.en)).toBe("Log in");
		expect(pageName("/nowhere", APP_MESSAGES.sv)).toBeNull();
	});
	it("gives the login page the title 'Logga in – Topp10'", () => {
		expect(
			documentTitle(pageName("/logga-in", APP_MESSAGES.sv), null, null),
		).toBe("Logga in – Topp10");
	});
});
