import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../schemas/errors.ts";
import type { MunicipalityList } from "../../schemas/municipalities.ts";
import type { Ranking } from "../../schemas/ranking.ts";
import { createTestApp, type TestApp } from "../../test/testApp.ts";

let testApp: TestApp;
beforeAll(async () => {
	testApp = await createTestApp();
});
afterAll(() => testApp.close());

describe("GET /api/municipalities", () => {
	it("lists all 290 with four-digit string codes and their county", async () => {
		const response = await testApp.app.inject({ url: "/api/municipalities" });
		expect(response.statusCode).toBe(200);
		const { municipalities } = response.json<MunicipalityList>();
		expect(municipalities).toHaveLength(290);
		expect(municipalities.find((m) => m.code === "0114")).toMatchObject({
			name: "Upplands Väsby",
			countyName: "Stockholms län",
		});
		expect(municipalities.find((m) => m.code === "1402")).toMatchObject({
			name: "Partille",
			countyCode: "14",
			kommungrupp: "A2",
		});
	});
});

describe("GET /api/municipalities/:code/ranking", () => {
	it("returns Partille's published ranks 2014–2023 as numbers with provenance", async () => {
		const response = await testApp.app.inject({
			url: "/api/municipalities/1402/ranking",
		});
		expect(response.statusCode).toBe(200);
		const { years } = response.json<Ranking>();
		const ranked = years.filter((y) => y.year >= 2014 && y.year <= 2023);
		expect(ranked.map((y) => y.rank)).toEqual([
			30, 20, 15, 18, 8, 7, 21, 24, 41, 32,
		]);
		expect(
			ranked.every(
				(y) => y.provenance === "published" && typeof y.year === "number",
			),
		).toBe(true);
		expect(years.find((y) => y.year === 2018)).toMatchObject({
			rank: 8,
			score: 4.03,
			scoreProvenance: "published",
		});
	});

	it("keeps a survey-only year (score, no rank)", async () => {
		const { years } = (
			await testApp.app.inject({ url: "/api/municipalities/1402/ranking" })
		).json<Ranking>();
		expect(years.find((y) => y.year === 2025)).toMatchObject({
			score: 3.9,
			scoreProvenance: "published",
		});
	});

	it("adds the trend, the top-10 years and a projection to the target year", async () => {
		const response = await testApp.app.inject({
			url: "/api/municipalities/1402/ranking?targetYear=2027",
		});
		const { trend } = response.json<Ranking>();
		expect(trend.targetYear).toBe(2027);
		expect(trend.yearsInTop10).toEqual(expect.arrayContaining([2018, 2019]));
		expect(trend.years.find((y) => y.year === 2019)).toMatchObject({
			rank: 7,
			change: 1,
		});
		expect(trend.years.find((y) => y.year === 2022)).toMatchObject({
			rank: 41,
			change: -17,
		});
		expect([
			"on-track",
			"off-track",
			"in-top10",
			"insufficient-data",
		]).toContain(trend.status);
	});

	it("refuses a target year or rank that makes no sense", async () => {
		expect(
			(
				await testApp.app.inject({
					url: "/api/municipalities/1402/ranking?targetYear=soon",
				})
			).statusCode,
		).toBe(400);
		expect(
			(
				await testApp.app.inject({
					url: "/api/municipalities/1402/ranking?targetRank=0",
				})
			).statusCode,
		).toBe(400);
	});

	it("answers an unknown code with 404 and the error shape", async () => {
		const response = await testApp.app.inject({
			url: "/api/municipalities/9999/ranking",
		});
		expect(response.statusCode).toBe(404);
		const body = response.json<ApiError>();
		expect(body.error.code).toBe("municipality_not_found");
		expect(body.error.message).toContain("9999");
	});

	it("answers a malformed code with 400 and a hint, never a 500", async () => {
		for (const code of ["abc", "14020", "1 02", "%00"]) {
			const response = await testApp.app.inject({
				url: `/api/municipalities/${code}/ranking`,
			});
			expect(response.statusCode, code).toBe(400);
			expect(response.json<ApiError>().error.message).toContain(
				"four-digit municipality code",
			);
		}
	});
});

describe("GET /api/health and unknown routes", () => {
	it("reports the stored figures", async () => {
		const response = await testApp.app.inject({ url: "/api/health" });
		expect(response.json()).toMatchObject({
			status: "ok",
			municipalities: 290,
		});
	});

	it("answers an unknown API path with a JSON 404", async () => {
		const response = await testApp.app.inject({ url: "/api/nothing-here" });
		expect(response.statusCode).toBe(404);
		expect(response.json<ApiError>().error.code).toBe("not_found");
	});
});
