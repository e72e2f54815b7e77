import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getRankingSeries } from "../../db/queries/ranking/getRankingSeries.ts";
import { describeIssue } from "../../domain/importIssueText.ts";
import { formatIssueWithHeader } from "../../domain/importRows.ts";
import { fixtureRequest } from "../testing/importTestHelpers.ts";
import {
	createTestDatabase,
	FIXED_CLOCK,
	type TestDatabase,
} from "../testing/testDatabase.ts";
import {
	type ImportRequest,
	importFile,
	importFileAsync,
} from "./importFile.ts";

let database: TestDatabase;
beforeEach(() => {
	database = createTestDatabase({ bundled: true });
});
afterEach(() => database.remove());

function request(
	path: string,
	overrides: Partial<ImportRequest["options"]> = {},
): ImportRequest {
	return fixtureRequest(path, overrides);
}

function snapshotTables(): unknown[] {
	const { sqlite } = database.handle;
	return ["sn_result", "import_run", "municipality", "insikt_result"].map(
		(table) => sqlite.prepare(`select * from ${table} order by 1`).all(),
	);
}

describe("importFile, long SN ranking", () => {
	it("imports a semicolon file with codes", () => {
		const result = importFile(
			database.handle.db,
			request("sn-ranking/long-semicolon.csv"),
			FIXED_CLOCK,
		);
		expect(result.ok).toBe(true);
		const partille = getRankingSeries(database.handle.db, "1402").find(
			(y) => y.year === 2023,
		);
		expect(partille).toMatchObject({ rank: 32, provenance: "imported" });
		expect(result.parsed.warnings.map((w) => w.message)).toContain(
			"2023: ranks for 2 of 290 municipalities",
		);
	});

	it("skips title rows and notes, matches name variants and reads decimal commas", () => {
		const result = importFile(
			database.handle.db,
			request("sn-ranking/long-title-rows-name-variants.csv"),
			FIXED_CLOCK,
		);
		expect(result.parsed.errors).toEqual([]);
		const codes = result.parsed.snResults
			.filter((r) => r.factorId === "total")
			.map((r) => r.municipalityCode);
		expect(codes).toEqual(["1402", "0139", "2080", "1480"]);
		expect(
			result.parsed.snResults.find(
				(r) =>
					r.factorId === "sammanfattande-omdome" &&
					r.municipalityCode === "2080",
			)?.score,
		).toBe(3.1);
		expect(
			result.parsed.warnings.some(
				(w) => w.line === 10 && w.message.includes("Källa"),
			),
		).toBe(true);
	});

	it("refuses bad values with file:line:column for each, and writes nothing", () => {
		const before = snapshotTables();
		const result = importFile(
			database.handle.db,
			request("sn-ranking/bad-values.csv"),
			FIXED_CLOCK,
		);
		expect(result.ok).toBe(false);
		expect(
			result.parsed.errors.map((e) =>
				formatIssueWithHeader("bad-values.csv", e),
			),
		).toEqual([
			'bad-values.csv:3:11 (Placering): "x1" is not a whole number from 1 to 290',
			'bad-values.csv:4:11 (Placering): "291" is not a whole number from 1 to 290',
			'bad-values.csv:5:6 (Kommunkod): "9999" is not one of the 290 four-digit municipality codes',
		]);
		expect(result.parsed.errors[0]).toMatchObject({
			code: "not-a-whole-number",
			line: 3,
			column: 11,
			header: "Placering",
			value: "x1",
			params: { min: 1, max: 290 },
		});
		expect(snapshotTables()).toEqual(before);
	});

	it("refuses a name that matches no municipality, on its line", () => {
		const result = importFile(
			database.handle.db,
			request("sn-ranking/bad-unknown-name.csv"),
			FIXED_CLOCK,
		);
		expect(
			result.parsed.errors.map((e) => formatIssueWithHeader("f.csv", e)),
		).toEqual([
			'f.csv:3:6 (Kommun): "Atlantis" matches none of the 290 municipalities',
		]);
	});

	it("refuses a municipality twice in one year", () => {
		const result = importFile(
			database.handle.db,
			request("sn-ranking/bad-duplicate.csv"),
			FIXED_CLOCK,
		);
		expect(
			result.parsed.errors.map((e) => formatIssueWithHeader("f.csv", e)),
		).toEqual([
			"f.csv:3:6 (Kommunkod): municipality code 1402 (Partille) appears twice for 2023 (first on line 2)",
		]);
		expect(result.parsed.errors[0]).toMatchObject({
			code: "municipality-repeated",
			value: "1402",
		});
	});

	it("treats the same file a second time as a no-op", () => {
		importFile(
			database.handle.db,
			request("sn-ranking/long-semicolon.csv"),
			FIXED_CLOCK,
		);
		const before = snapshotTables();
		const again = importFile(
			database.handle.db,
			request("sn-ranking/long-semicolon.csv"),
			FIXED_CLOCK,
		);
		expect(again.ok && again.outcome.status).toBe("unchanged");
		expect(snapshotTables()).toEqual(before);
	});

	it("writes nothing on a dry run but says what it would replace", () => {
		const before = snapshotTables();
		const result = importFile(
			database.handle.db,
			request("sn-ranking/long-semicolon.csv", { dryRun: true }),
			FIXED_CLOCK,
		);
		expect(result.ok && result.outcome.status).toBe("dry-run");
		expect(snapshotTables()).toEqual(before);
	});
});

describe("importFileAsync, workbooks past the limits", () => {
	it.each([
		"xlsx/dimension-past-the-cell-limit.xlsx",
		"xlsx/cells-far-right-past-the-cell-limit.xlsx",
	])(
		"%s: refused as too large (not as unreadable), nothing written",
		async (path) => {
			const before = snapshotTables();
			const result = await importFileAsync(
				database.handle.db,
				request(path),
				FIXED_CLOCK,
			);
			expect(result.ok).toBe(false);
			const [issue] = result.parsed.errors;
			expect(issue?.code).toBe("workbook-too-large");
			if (!issue) throw new Error("no issue");
			expect(describeIssue(issue, "sv")).toMatch(/för stor för att läsas/);
			expect(describeIssue(issue, "en")).toMatch(
				/refused before it is read: the sheet "Sheet1" .* 2,000,000 cells/,
			);
			expect(snapshotTables()).toEqual(before);
		},
	);
});

describe("importFile, a database without a municipality list", () => {
	let empty: TestDatabase;
	beforeEach(() => {
		empty = createTestDatabase({ bundled: false });
	});
	afterEach(() => empty.remove());

	it.each([
		"sn-ranking/wide-title-rows-notes.csv",
		"kolada/non-insikt-kpi-n01951.json",
	])(
		"%s: one error saying so and what to do, not one per row; nothing written",
		(path) => {
			const result = importFile(empty.handle.db, request(path), FIXED_CLOCK);
			expect(result.ok).toBe(false);
			expect(result.parsed.errors.map((issue) => issue.code)).toEqual([
				"no-municipality-list",
			]);
			const [issue] = result.parsed.errors;
			if (!issue) throw new Error("no issue");
			expect(describeIssue(issue, "en")).toMatch(
				/no municipality list yet.*start Topp10 once/,
			);
			expect(describeIssue(issue, "sv")).toMatch(/ingen kommunlista/);
			expect(
				empty.handle.sqlite
					.prepare("select count(*) from import_run")
					.pluck()
					.get(),
			).toBe(0);
		},
	);

	it("takes the municipality list itself", () => {
		const result = importFile(
			empty.handle.db,
			request("municipalities/municipalities.csv"),
			FIXED_CLOCK,
		);
		expect(result.ok && result.outcome.status).toBe("imported");
	});
});
