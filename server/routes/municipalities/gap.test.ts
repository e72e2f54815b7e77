import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../schemas/errors.ts";
import type { GapReport } from "../../schemas/gap.ts";
import { createTestApp, type TestApp } from "../../test/testApp.ts";

const PUBLISHED_TOP10_2023 = [
	"Vårgårda",
	"Danderyd",
	"Solna",
	"Staffanstorp",
	"Höganäs",
	"Trosa",
	"Burlöv",
	"Herrljunga",
	"Falkenberg",
	"Vellinge",
];

let testApp: TestApp;
beforeAll(async () => {
	testApp = await createTestApp();
});
afterAll(() => testApp.close());

describe("GET /api/municipalities/:code/gap on the bundled data", () => {
	it("puts Partille 22 places from the top 10 in 2023, against the published top 10", async () => {
		const response = await testApp.app.inject({
			url: "/api/municipalities/1402/gap?year=2023",
		});
		expect(response.statusCode).toBe(200);
		const { gap } = response.json<GapReport>();
		expect(gap).toMatchObject({ year: 2023, rank: 32, placesToTop10: 22 });
		expect(gap.top10.map((m) => m.name)).toEqual(PUBLISHED_TOP10_2023);
		expect(gap.top10.every((m) => m.provenance === "published")).toBe(true);
		expect(gap.numberTen).toMatchObject({ name: "Vellinge", rank: 10 });
	});

	it("names the published neighbours just above and below", async () => {
		const { gap } = (
			await testApp.app.inject({
				url: "/api/municipalities/1402/gap?year=2023",
			})
		).json<GapReport>();
		expect(gap.neighbours.above.map((m) => [m.name, m.rank])).toEqual([
			["Timrå", 29],
			["Tranås", 30],
			["Sollentuna", 31],
		]);
		expect(gap.neighbours.below.map((m) => [m.name, m.rank])).toEqual([
			["Grums", 33],
			["Munkfors", 34],
			["Vara", 35],
		]);
	});

	it("is 0 places inside the top 10", async () => {
		const { gap } = (
			await testApp.app.inject({
				url: "/api/municipalities/0184/gap?year=2023",
			})
		).json<GapReport>();
		expect(gap).toMatchObject({ rank: 3, placesToTop10: 0 });
	});

	it("states the model and its measured fit with every answer", async () => {
		const report = (
			await testApp.app.inject({
				url: "/api/municipalities/1402/gap?year=2023",
			})
		).json<GapReport>();
		expect(report.model.id).toBe("weighted-standardised-mean");
		expect(report.model.fit).toHaveProperty("spearman");
		expect(report.model.fit).toHaveProperty("shareWithin5");
	});

	it("answers a year without a ranking with 404 and the years that exist", async () => {
		const response = await testApp.app.inject({
			url: "/api/municipalities/1402/gap?year=1999",
		});
		expect(response.statusCode).toBe(404);
		expect(response.json<ApiError>().error.message).toMatch(
			/no ranking for 1999.*Years with a ranking/,
		);
	});

	it("answers a malformed year with 400 naming the parameter", async () => {
		for (const year of ["abc", "20.5", "-1", "99999"]) {
			const response = await testApp.app.inject({
				url: `/api/municipalities/1402/gap?year=${year}`,
			});
			expect(response.statusCode, year).toBe(400);
			expect(response.json<ApiError>().error.message).toContain('"year"');
		}
	});
});
