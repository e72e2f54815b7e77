import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyYearsBack } from "../../db/testing/olderYears.ts";
import type { Comparison } from "../schemas/compare.ts";
import type { ApiError } from "../schemas/errors.ts";
import type { InsiktReport } from "../schemas/insikt.ts";
import type { Ranking } from "../schemas/ranking.ts";
import { createTestApp, type TestApp } from "../test/testApp.ts";

/**
 * The bundled data moved back 20 years once more: ranks 1988–2005 and 2008–2025 (Partille's
 * 1994–2005 and 2014–2025, Solna's from 1988), Insikt 1996–2004 and 2016–2024.
 */
let testApp: TestApp;
beforeAll(async () => {
	testApp = await createTestApp();
	copyYearsBack(testApp.database.handle.sqlite, [20]);
});
afterAll(() => testApp.close());

const range = (first: number, last: number) =>
	Array.from({ length: last - first + 1 }, (_, i) => first + i);

async function get<T>(url: string): Promise<T> {
	const response = await testApp.app.inject({ url });
	expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
	return response.json<T>();
}

describe("GET /api/municipalities/:code/ranking with more than 15 years stored", () => {
	it("answers the latest 15 years and says where the stored history starts", async () => {
		const ranking = await get<Ranking>("/api/municipalities/1402/ranking");
		expect(ranking.years.map((y) => y.year)).toEqual(range(2014, 2025));
		expect(ranking.history).toEqual({
			from: 2011,
			to: 2025,
			earliestYear: 1994,
		});
		expect(ranking.trend.years.map((y) => y.year)).toEqual(range(2014, 2025));
	});

	it("answers every year from `from` on", async () => {
		const ranking = await get<Ranking>(
			"/api/municipalities/1402/ranking?from=2000",
		);
		expect(ranking.years.map((y) => y.year)).toEqual([
			...range(2000, 2005),
			...range(2014, 2025),
		]);
		expect(ranking.history).toEqual({
			from: 2000,
			to: 2025,
			earliestYear: 1994,
		});
	});

	it("fits the trend and the May signal on the default window, whatever `from` shows", async () => {
		const fitted = (r: Ranking) => ({
			trend: r.trend.trend,
			projection: r.trend.projection,
			status: r.trend.status,
			maySignal: r.maySignal,
		});
		const latest = await get<Ranking>("/api/municipalities/0184/ranking");
		for (const from of [1988, 2020]) {
			const other = await get<Ranking>(
				`/api/municipalities/0184/ranking?from=${from}`,
			);
			expect(other.years[0]?.year).toBe(from);
			expect(fitted(other)).toEqual(fitted(latest));
		}
	});

	it("gives the municipality's own first year, not the first any municipality has", async () => {
		const solna = await get<Ranking>("/api/municipalities/0184/ranking");
		expect(solna.years.map((y) => y.year)).toEqual(range(2011, 2025));
		expect(solna.history.earliestYear).toBe(1988);
		const all = await get<Ranking>(
			`/api/municipalities/0184/ranking?from=${solna.history.earliestYear}`,
		);
		expect(all.years).toHaveLength(36);
		expect(all.history).toMatchObject({ from: 1988, earliestYear: 1988 });
	});
});

describe("GET /api/municipalities/:code/insikt with more than 15 years stored", () => {
	it("covers the latest 15 Insikt years in the trends and the year list", async () => {
		const report = await get<InsiktReport>("/api/municipalities/1402/insikt");
		const shown = [...range(1999, 2004), ...range(2016, 2024)];
		expect(report.year).toBe(2024);
		expect(report.years).toEqual(shown);
		const totalt = report.summary?.areas.find((a) => a.area === "totalt");
		expect(totalt?.trend.map((p) => p.year)).toEqual(shown);
		expect(totalt?.trend.every((p) => p.riket !== null)).toBe(true);
		expect(report.definitions.map((d) => d.year)).toEqual(shown);
		expect(report.history).toEqual({
			from: 1999,
			to: 2024,
			earliestYear: 1996,
		});
	});

	it("covers every Insikt year from `from` on", async () => {
		const report = await get<InsiktReport>(
			"/api/municipalities/1402/insikt?year=2023&from=1996",
		);
		expect(report.year).toBe(2023);
		expect(report.years).toEqual([...range(1996, 2004), ...range(2016, 2024)]);
		expect(report.history).toEqual({
			from: 1996,
			to: 2024,
			earliestYear: 1996,
		});
	});

	it("still summarises an asked year older than the window", async () => {
		const report = await get<InsiktReport>(
			"/api/municipalities/1402/insikt?year=1997",
		);
		expect(report.year).toBe(1997);
		expect(report.values.every((v) => v.year === 1997)).toBe(true);
		expect(report.summary?.areas.length).toBeGreaterThan(0);
	});

	it("keeps the 2024 definition break of the window", async () => {
		const report = await get<InsiktReport>("/api/municipalities/1402/insikt");
		expect(report.summary?.definitionBreaks.map((b) => b.year)).toContain(2024);
	});
});

describe("GET /api/compare with more than 15 years stored", () => {
	it("gives each peer the latest 15 ranking years and the peers' first ranked year", async () => {
		const comparison = await get<Comparison>(
			"/api/compare?codes=1402,0184&year=2023",
		);
		const historyOf = (code: string) =>
			comparison.rows.find((r) => r.code === code)?.history.map((h) => h.year);
		expect(historyOf("1402")).toEqual(range(2014, 2025));
		expect(historyOf("0184")).toEqual(range(2011, 2025));
		expect(comparison.history).toEqual({
			from: 2011,
			to: 2025,
			earliestYear: 1988,
		});
		expect(comparison.rows.find((r) => r.code === "1402")?.nki?.year).toBe(
			2023,
		);
	});

	it("gives every ranking year from `from` on", async () => {
		const comparison = await get<Comparison>(
			"/api/compare?codes=1402,0184&year=2023&from=1988",
		);
		expect(
			comparison.rows.find((r) => r.code === "0184")?.history,
		).toHaveLength(36);
		expect(comparison.history).toMatchObject({ from: 1988, to: 2025 });
	});
});

describe("the `from` parameter", () => {
	it("is refused with 400 naming it when it is not a year from 1900 to 2100", async () => {
		const routes = [
			"/api/municipalities/1402/ranking",
			"/api/municipalities/1402/insikt",
			"/api/compare?codes=1402",
		];
		for (const route of routes)
			for (const bad of ["1899", "2101", "soon", "2000.5"]) {
				const url = `${route}${route.includes("?") ? "&" : "?"}from=${bad}`;
				const response = await testApp.app.inject({ url });
				expect(response.statusCode, url).toBe(400);
				const { error } = response.json<ApiError>();
				expect(error.code, url).toBe("bad_request");
				expect(error.message, url).toContain('"from"');
			}
	});

	it("is part of the read cache's key: each window is cached and tagged on its own", async () => {
		const url = "/api/municipalities/1402/ranking";
		const latest = await testApp.app.inject({ url });
		const all = await testApp.app.inject({ url: `${url}?from=1994` });
		expect(all.body).not.toBe(latest.body);
		expect(all.headers.etag).not.toBe(latest.headers.etag);
		const again = await testApp.app.inject({ url: `${url}?from=1994` });
		expect(again.body).toBe(all.body);
		expect(again.headers.etag).toBe(all.headers.etag);
		const revalidated = await testApp.app.inject({
			url,
			headers: { "if-none-match": String(all.headers.etag) },
		});
		expect(revalidated.statusCode).toBe(200);
		expect(revalidated.body).toBe(latest.body);
	});
});
