import { describe, expect, it } from "vitest";
import { DICTIONARIES, genitive, translate } from "./dictionary.ts";

describe("translate", () => {
	it("fills placeholders", () => {
		expect(translate("sv", "card.rank", { year: 2023 })).toBe("Placering 2023");
		expect(translate("en", "card.rank", { year: 2023 })).toBe("Rank 2023");
	});
	it("leaves unknown placeholders visible rather than blank", () => {
		expect(translate("sv", "card.rank")).toBe("Placering {year}");
	});
	it("has every key in both languages, none empty", () => {
		const svKeys = Object.keys(DICTIONARIES.sv).sort();
		expect(Object.keys(DICTIONARIES.en).sort()).toEqual(svKeys);
		for (const dict of Object.values(DICTIONARIES))
			for (const text of Object.values(dict)) expect(text.trim()).not.toBe("");
	});
	it("uses the same placeholders in both languages", () => {
		const placeholders = (text: string) =>
			[...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();
		for (const key of Object.keys(
			DICTIONARIES.sv,
		) as (keyof typeof DICTIONARIES.sv)[])
			expect(placeholders(DICTIONARIES.en[key])).toEqual(
				placeholders(DICTIONARIES.sv[key]),
			);
	});
});

describe("genitive", () => {
	it("adds s unless the name ends in s, x or z", () => {
		expect(genitive("Partille")).toBe("Partilles");
		expect(genitive("Vännäs")).toBe("Vännäs");
		expect(genitive("Solna")).toBe("Solnas");
		expect(genitive("Partille", "en")).toBe("Partille's");
	});
});
