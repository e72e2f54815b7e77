import { describe, expect, it } from "vitest";
import {
	formattedErrors,
	importAccepted,
	importRefused,
	municipalityDatabasePerTest,
} from "../testing/importTestHelpers.ts";

const database = municipalityDatabasePerTest();

function seriesOf(code: string, factorId: string): [number, number][] {
	return database.handle.sqlite
		.prepare(
			"select year, score from sn_result where municipality_code = ? and factor_id = ? order by year",
		)
		.all(code, factorId)
		.map((row) => {
			const { year, score } = row as { year: number; score: number };
			return [year, score];
		});
}

function kommungruppOf(code: string): string | null {
	const row = database.handle.sqlite
		.prepare("select kommungrupp from municipality where code = ?")
		.get(code) as { kommungrupp: string | null };
	return row.kommungrupp;
}

describe("SN statistics (Statistik.xlsx layout)", () => {
	it("decimal comma, empty years, no-break-space thousands, Faktor--Delserie ids and kommungrupp", async () => {
		const result = await importAccepted(
			database,
			"sn-statistics/statistik-decimal-comma-empty-years.csv",
		);
		expect(result.parsed.source).toBe("sn-statistics");
		expect(
			seriesOf("1402", "nyforetagsamhet--antal-per-1000-invanare"),
		).toEqual([
			[2019, 7.9],
			[2020, 8.1],
		]);
		expect(seriesOf("1402", "kommunalskatt")).toHaveLength(3);
		expect(seriesOf("0184", "foretagande--antal-foretag")).toEqual([
			[2019, 4512],
			[2020, 4630],
			[2021, 4701],
		]);
		expect(kommungruppOf("1402")).toBe("A2");
		expect(kommungruppOf("0184")).toBe("A1");
		expect(result.parsed.warnings.map((w) => w.message)).toContain(
			'skipped a total row: "Summa"',
		);
	});

	it("reads the statistics sheet of an XLSX file, values as text", async () => {
		await importAccepted(database, "sn-statistics/statistik.xlsx");
		expect(
			seriesOf("1402", "nyforetagsamhet--antal-per-1000-invanare"),
		).toEqual([
			[2020, 8.1],
			[2022, 7.7],
		]);
	});

	it("refuses a bad number, a second kommungrupp and a repeated series, and writes nothing", async () => {
		const result = await importRefused(
			database,
			"sn-statistics/bad-statistik.csv",
		);
		expect(formattedErrors(result)).toEqual([
			'bad-statistik.csv:2:55: "32 04x" is not a number',
			'bad-statistik.csv:3:31: kommungrupp "B3" differs from "A2" given for municipality 1402 on line 2',
			"bad-statistik.csv:4:34: series kommunalskatt appears twice for municipality 1402 (first on line 2)",
		]);
	});
});
