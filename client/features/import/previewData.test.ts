import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../domain/importIssueText.ts";
import type { UploadIssue } from "../../../server/schemas/imports.ts";
import { figureKey, issuePage, toImportIssue } from "./previewData.ts";

const issue = (line: number): UploadIssue => ({
	line,
	column: 11,
	message: `"x${line}" is not a whole number from 1 to 290`,
	formatted: `bad.csv:${line}:11: "x${line}" is not a whole number from 1 to 290`,
	code: "not-a-whole-number",
	params: { min: 1, max: 290 },
	header: "Placering",
	value: `x${line}`,
});

describe("issuePage", () => {
	it("shows 50 a page and says which", () => {
		const issues = Array.from({ length: 120 }, (_, i) => issue(i + 2));
		expect(issuePage(issues, 0)).toMatchObject({
			pages: 3,
			first: 1,
			last: 50,
		});
		expect(issuePage(issues, 2)).toMatchObject({ first: 101, last: 120 });
		expect(issuePage(issues, 9).page).toBe(2);
		expect(issuePage([], 0)).toMatchObject({ pages: 1, first: 0, last: 0 });
	});
});

describe("toImportIssue", () => {
	it("gives describeIssue what it needs to word the issue in Swedish", () => {
		const text = describeIssue(toImportIssue(issue(3)), "sv");
		expect(text).toContain("Placering");
		expect(text).toContain("1");
		expect(text).not.toContain("is not a whole number");
	});
	it("keeps an uncoded issue's message", () => {
		const { code: _code, params: _params, ...uncoded } = issue(4);
		expect(toImportIssue(uncoded)).toEqual({
			line: 4,
			column: 11,
			header: "Placering",
			value: "x4",
			message: '"x4" is not a whole number from 1 to 290',
		});
	});
});

describe("figureKey", () => {
	it("reads year, municipality and factor from an SN result's key", () => {
		expect(
			figureKey({
				table: "sn_result",
				key: [2023, "1402", "total"],
				field: "rank",
				oldValue: 32,
				newValue: 30,
				oldProvenance: "published",
				oldSource: null,
				oldRunId: 1,
				oldFileName: "a.csv",
			}),
		).toEqual({ year: 2023, municipalityCode: "1402", item: "total" });
	});
});
