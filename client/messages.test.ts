import { describe, expect, it } from "vitest";
import { API_MESSAGES } from "./api/messages.ts";
import { APP_MESSAGES } from "./app/messages.ts";
import { CHART_MESSAGES } from "./charts/messages.ts";
import { EXPORT_MESSAGES } from "./export/messages.ts";
import { ABOUT_MESSAGES } from "./features/about/messages.ts";
import { COMPARE_MESSAGES } from "./features/compare/messages.ts";
import { FACTORS_MESSAGES } from "./features/factors/messages.ts";
import { IMPORT_MESSAGES } from "./features/import/messages.ts";
import { INSIKT_MESSAGES } from "./features/insikt/messages.ts";
import { LOGIN_MESSAGES } from "./features/login/messages.ts";
import { OVERVIEW_MESSAGES } from "./features/overview/messages.ts";
import { RANKINGS_MESSAGES } from "./features/rankings/messages.ts";
import { REPORT_MESSAGES } from "./features/report/messages.ts";
import { genitive, type MessageTable, midSentence } from "./i18n/messages.ts";
import { RANK_CHANGE_WORDS } from "./i18n/rankChange.ts";
import { TERMS } from "./i18n/terms.ts";
import { UI_MESSAGES } from "./ui/messages.ts";

const ALL = {
	API_MESSAGES,
	APP_MESSAGES,
	CHART_MESSAGES,
	EXPORT_MESSAGES,
	UI_MESSAGES,
	TERMS,
	RANK_CHANGE_WORDS,
	ABOUT_MESSAGES,
	COMPARE_MESSAGES,
	FACTORS_MESSAGES,
	IMPORT_MESSAGES,
	INSIKT_MESSAGES,
	LOGIN_MESSAGES,
	OVERVIEW_MESSAGES,
	RANKINGS_MESSAGES,
	REPORT_MESSAGES,
};

/** Every leaf as "path: kind", a function's kind being its number of parameters. */
function shape(table: MessageTable, path = ""): string[] {
	return Object.entries(table).flatMap(([key, value]) =>
		typeof value === "object"
			? shape(value, `${path}${key}.`)
			: [`${path}${key}: ${typeof value === "string" ? "text" : value.length}`],
	);
}

function texts(table: MessageTable): string[] {
	return Object.values(table).flatMap((value) =>
		typeof value === "object"
			? texts(value)
			: typeof value === "string"
				? [value]
				: [],
	);
}

describe("messages", () => {
	for (const [name, translations] of Object.entries(ALL)) {
		it(`${name} has every Swedish key in English, with the same parameters`, () => {
			expect(shape(translations.en)).toEqual(shape(translations.sv));
		});
		it(`${name} has no empty text`, () => {
			for (const text of [...texts(translations.sv), ...texts(translations.en)])
				expect(text.trim()).not.toBe("");
		});
	}
});

describe("genitive and midSentence", () => {
	it("adds s unless the name ends in s, x or z", () => {
		expect(genitive("Partille", "sv")).toBe("Partilles");
		expect(genitive("Vännäs", "sv")).toBe("Vännäs");
		expect(genitive("Solna", "sv")).toBe("Solnas");
		expect(genitive("Partille", "en")).toBe("Partille's");
	});
	it("starts a label inside a sentence with a small letter", () => {
		expect(midSentence("Service till företagen")).toBe(
			"service till företagen",
		);
	});
});
