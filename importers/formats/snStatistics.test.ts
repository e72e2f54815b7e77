import { describe, expect, it } from "vitest";
import {
	expectRefusal,
	formattedWarnings,
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
			'skipped "Summa", a mean or total, not a municipality (line 7)',
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
		await expectRefusal(database, "sn-statistics/bad-statistik.csv", [
			'bad-statistik.csv:2:55 (2021): "32 04x" is not a number',
			'bad-statistik.csv:3:31 (Kommungrupp): kommungrupp "B3" differs from "A2" given for municipality code 1402 (Partille) on line 2',
			"bad-statistik.csv:4:34 (Faktor): the series kommunalskatt appears twice for municipality code 1402 (Partille) (first on line 2)",
		]);
	});
});

describe("SN statistics: Statistik.xlsx as downloaded", () => {
	it("Sverige is stored as Riket (0000); county rows are skipped with one warning each; Kommungrupp updates the stored 2023 group", async () => {
		expect(kommungruppOf("2080")).toBe("C6");
		const result = await importAccepted(
			database,
			"sn-statistics/lan-and-sverige-rows.xlsx",
		);
		expect(result.format).toBe('sn-statistics, sheet "Sheet1"');
		const series = "nyforetagsamhet--antal-nyforetagsamma-individer";
		expect(seriesOf("0000", series)).toEqual([
			[2021, 7.9],
			[2022, 7.6],
			[2023, 7.4],
		]);
		expect(
			seriesOf("0000", "foretagsamhet--andel-foretagsamma-individer"),
		).toEqual([
			[2020, 11.9],
			[2021, 12.1],
			[2022, 12],
			[2023, 12.2],
		]);
		expect(seriesOf("2021", series)).toEqual([
			[2021, 6.2],
			[2022, 5.9],
			[2023, 6.1],
		]);
		expect(seriesOf("2080", series)).toEqual([
			[2021, 7.4],
			[2022, 7],
			[2023, 7.2],
		]);
		expect(formattedWarnings(result)).toEqual(
			expect.arrayContaining([
				'lan-and-sverige-rows.xlsx: skipped "Dalarnas län", a county (län), not a municipality (line 3)',
				'lan-and-sverige-rows.xlsx: skipped "Västra Götalands län", a county (län), not a municipality (line 6)',
				'lan-and-sverige-rows.xlsx: "Sverige" is the whole country: stored as Riket (0000), 2 row(s)',
			]),
		);
		expect(kommungruppOf("2080")).toBe("B3");
		expect(kommungruppOf("2021")).toBe("C8");
		expect(
			result.ok &&
				result.outcome.status !== "unchanged" &&
				result.outcome.kommungruppChanges,
		).toBe(1);
	});

	it("numbers as text with a decimal point or a comma, numeric cells, and a space as thousands separator", async () => {
		await importAccepted(
			database,
			"sn-statistics/text-numbers-point-and-comma.xlsx",
		);
		expect(seriesOf("1402", "arbetsstallen--minst-en-anstalld")).toEqual([
			[2020, 37.8],
			[2021, 37.9],
			[2022, 38.4],
			[2023, 1038.5],
		]);
	});
});

describe("SN statistics: per-factor downloads (title rows, no Faktor column)", () => {
	it("four title rows, the header on row 5, the factor from the title row, the series from the Delserie columns", async () => {
		const result = await importAccepted(
			database,
			"sn-statistics/per-factor-arbetsstallen-title-rows.xlsx",
		);
		expect(result.parsed.source).toBe("sn-statistics");
		expect(
			seriesOf(
				"1402",
				"arbetsstallen--minst-en-anstalld-antal-per-1000-invanare",
			),
		).toEqual([
			[2021, 37.2],
			[2022, 37.8],
			[2023, 38.4],
		]);
		expect(
			seriesOf(
				"1402",
				"arbetsstallen--minst-tio-anstallda-antal-per-1000-invanare",
			),
		).toHaveLength(3);
		expect(formattedWarnings(result)[0]).toBe(
			'per-factor-arbetsstallen-title-rows.xlsx:Arbetsställen!A5: no Faktor column: the factor "Arbetsställen" was taken from the title row "Arbetsställen"',
		);
		const ranks = database.handle.sqlite
			.prepare("select count(*) from sn_result where rank is not null")
			.pluck()
			.get();
		expect(ranks).toBe(0);
	});

	it("the factor from the file name (Arbetsställen_2002-2023.csv) when the title rows do not name it", async () => {
		const result = await importAccepted(
			database,
			"sn-statistics/Arbetsställen_2002-2023.csv",
		);
		expect(
			seriesOf(
				"1441",
				"arbetsstallen--minst-en-anstalld-antal-per-1000-invanare",
			),
		).toEqual([
			[2022, 33.1],
			[2023, 33.9],
		]);
		expect(result.parsed.warnings[0]?.params).toEqual({
			factor: "Arbetsställen",
			from: "file-name",
			text: "Arbetsställen 2002-2023",
		});
	});

	it("whole numbers are statistics too, never ranks", async () => {
		await importAccepted(
			database,
			"sn-statistics/per-factor-whole-numbers.csv",
		);
		expect(
			seriesOf("1402", "nyforetagsamhet--antal-nyforetagsamma-individer-antal"),
		).toEqual([
			[2021, 412],
			[2022, 398],
		]);
		const ranks = database.handle.sqlite
			.prepare("select count(*) from sn_result where factor_id = 'total'")
			.pluck()
			.get();
		expect(ranks).toBe(0);
	});

	it("without a factor in the title or file name: refused with one message that says what the file is and what to do", async () => {
		await expectRefusal(
			database,
			"sn-statistics/per-factor-no-factor-name.csv",
			[
				"per-factor-no-factor-name.csv:1:1: this is a per-factor statistics download (Kommun, Delserie and year columns, no Faktor column), but neither its title rows nor its file name name the factor: name the file after the factor (e.g. Arbetsställen_2002-2023.xlsx) or import SN's Statistik.xlsx, which has a Faktor column",
			],
		);
	});

	it("without Delserie columns a per-factor download looks like a ranking: refused, as statistics, never read as ranks", async () => {
		const result = await importRefused(
			database,
			"sn-statistics/per-factor-without-delserie.csv",
		);
		expect(result.parsed.errors.map((e) => e.code)).toEqual([
			"statistics-not-ranks",
		]);
		expect(result.parsed.errors[0]?.params).toEqual({
			factor: "Nyföretagsamhet",
			from: "title-row",
			text: "Nyföretagsamhet 2019–2022",
		});
	});
});
