import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./returnPath.ts";

describe("safeReturnPath", () => {
	it("goes back to a page of this site with its parameters", () => {
		expect(safeReturnPath("/faktorer?ar=2024&kommun=1402", "/")).toBe(
			"/faktorer?ar=2024&kommun=1402",
		);
	});
	it("never leaves the site or loops to the login", () => {
		for (const value of [
			"//evil.example/x",
			"https://evil.example",
			"/\\evil.example",
			"/logga-in",
			"/logga-in?tillbaka=/",
			"faktorer",
			null,
		])
			expect(safeReturnPath(value, "/handlingsplan")).toBe("/handlingsplan");
	});
});
