import { describe, expect, it } from "vitest";
import { errorMessage, isYearIncomplete } from "./errorMessage.ts";
import { ApiRequestError } from "./http.ts";

describe("errorMessage", () => {
	it("says the common API errors in Swedish", () => {
		expect(
			errorMessage(
				new ApiRequestError(
					"Partille has no ranking for 2008.",
					"no_ranking",
					404,
				),
				"sv",
			),
		).toBe("Kommunen har ingen placering det valda året. Välj ett annat år.");
		expect(
			errorMessage(new ApiRequestError("x", "http_error", 502), "sv"),
		).toContain("502");
		expect(
			errorMessage(new ApiRequestError("busy", "overloaded", 503), "sv"),
		).toContain("belastad");
	});
	it("says the API's 409 for an incomplete year in the user's language, figure by figure", () => {
		const refused = new ApiRequestError(
			"The 2026 ranking holds 3 of 290 municipalities; the model, its fit, the neighbours and the factor ranks need all of them. The latest complete year is 2025.",
			"year_incomplete",
			409,
		);
		expect(errorMessage(refused, "sv")).toBe(
			"Rankingen 2026 omfattar 3 av 290 kommuner; modellen, dess träffsäkerhet, grannarna och faktorplaceringarna behöver alla. Senaste fullständiga år är 2025.",
		);
		expect(errorMessage(refused, "en")).toBe(refused.message);
		expect(isYearIncomplete(refused)).toBe(true);
		const reworded = new ApiRequestError(
			"Not complete.",
			"year_incomplete",
			409,
		);
		expect(errorMessage(reworded, "sv")).toBe("Not complete.");
	});
	it("keeps the server's words for other errors", () => {
		expect(
			errorMessage(new ApiRequestError("Bad year", "odd_code", 400), "sv"),
		).toBe("Bad year");
		expect(
			errorMessage(new ApiRequestError("Bad year", "bad_request", 400), "sv"),
		).toContain("Bad year");
	});
	it("words the plan's and the login's errors in both languages", () => {
		const conflict = new ApiRequestError("stale", "edit_conflict", 409);
		expect(errorMessage(conflict, "sv")).toContain("Någon annan");
		expect(errorMessage(conflict, "en")).toContain("Someone else");
		const limited = new ApiRequestError(
			"slow",
			"rate_limited",
			429,
			null,
			null,
			60,
		);
		expect(errorMessage(limited, "sv")).toContain("60 sekunder");
	});
	it("explains a network failure", () => {
		expect(errorMessage(new TypeError("Failed to fetch"), "sv")).toMatch(
			/svarar inte/,
		);
		expect(errorMessage(new TypeError("Failed to fetch"), "en")).toMatch(
			/does not answer/,
		);
	});
});
