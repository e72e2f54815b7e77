import { describe, expect, it } from "vitest";
import type { InsiktSummary } from "../../../analysis/insikt.ts";
import { insiktSentence } from "./insiktSentence.ts";

describe("insiktSentence", () => {
	const summary: InsiktSummary = {
		code: "1402",
		year: 2022,
		areas: [
			{
				area: "totalt",
				value: 75,
				responses: 117,
				provenance: "published",
				riket: 74.6,
				topDecile: 82,
				grade: { id: "hogt", roundedNki: 75 },
				rank: 80,
				rankedCount: 187,
				trend: [],
			},
		],
		weakestServiceFactors: [{ measure: "effektivitet", value: 68, riket: 70 }],
		definitionBreaks: [],
	};
	it("sums up NKI totalt against Riket with the grade and rank", () => {
		expect(insiktSentence(summary, "Partille")).toBe(
			"I SKR Insikt 2022 fick Partille NKI totalt 75 (riket 75), betyget högt, plats 80 av 187. Svagast serviceområde: effektivitet (68).",
		);
		expect(insiktSentence({ ...summary, areas: [] }, "Partille")).toBeNull();
	});
});
