import { describe, expect, it } from "vitest";
import { checkPassword, checkUserName, normaliseUserName } from "./accounts.ts";

describe("account names and passwords", () => {
	it("folds names to lower case and allows Swedish letters, refuses spaces", () => {
		expect(normaliseUserName(" Åsa.Öberg ")).toBe("åsa.öberg");
		expect(checkUserName("åsa.öberg")).toBeNull();
		expect(checkUserName("anna berg")).toContain("without spaces");
		expect(checkUserName("a")).not.toBeNull();
	});

	it("wants at least 12 characters and no spaces at the ends", () => {
		expect(checkPassword("kort")).toContain("at least 12");
		expect(checkPassword("tolv tecken!")).toBeNull();
		expect(checkPassword(" tolv tecken!")).toContain("space");
		expect(checkPassword("x".repeat(257))).toContain("longer");
	});
});
