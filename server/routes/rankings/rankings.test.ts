import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../schemas/errors.ts";
import type { NationalRanking } from "../../schemas/rankings.ts";
import type { SimilarReport } from "../../schemas/similar.ts";
import { createTestApp, type TestApp } from "../../test/testApp.ts";

let testApp: TestApp;
beforeAll(async () => {
	testApp = await createTestApp();
});
afterAll(() => testApp.close());

async function nationalRanking(query: string): Promise<NationalRanking> {
	const response = await testApp.app.inject({ url: `/api/rankings?${query}` });
	expect(response.statusCode).toBe(200);
	return response.json<NationalRanking>();
}

describe("GET /api/rankings", () => {
	it("lists all 290 by rank, with the published top and Partille's 41 → 32", async () => {
		const ranking = await nationalRanking("year=2023");
		expect(ranking.rows).toHaveLength(290);
		expect(ranking.previousYear).toBe(2022);
		expect(ranking.rows[0]).toMatchObject({
			name: "Vårgårda",
			rank: 1,
			provenance: "published",
		});
		expect(ranking.rows.find((r) => r.code === "1402")).toMatchObject({
			rank: 32,
			previousRank: 41,
			change: 9,
			provenance: "published",
			changeProvenance: "published",
		});
		const ranks = ranking.rows.map((r) => r.rank);
		expect(ranks).toEqual([...ranks].sort((a, b) => (a ?? 999) - (b ?? 999)));
	});

	it("ranks each factor over the municipalities that have it, in its own direction", async () => {
		const ranking = await nationalRanking("year=2023");
		for (const factor of ranking.factors) {
			const results = ranking.rows.flatMap((row) =>
				row.factors.filter((f) => f.factorId === factor.id && f.value !== null),
			);
			expect(results).toHaveLength(factor.rankedCount);
			const best = results.find((f) => f.rank === 1);
			const values = results.map((f) => f.value ?? 0);
			expect(best?.value).toBe(
				factor.higherIsBetter ? Math.max(...values) : Math.min(...values),
			);
		}
	});

	it("marks each factor's computed ranks synthetic when any value they compare is", async () => {
		const ranking = await nationalRanking("year=2023");
		for (const factor of ranking.factors) {
			const synthetic = ranking.rows.some((row) =>
				row.factors.some(
					(f) =>
						f.factorId === factor.id &&
						f.value !== null &&
						f.provenance === "synthetic",
				),
			);
			expect(factor.rankProvenance === "synthetic", factor.id).toBe(synthetic);
		}
	});

	it("filters to a group after ranking over all 290", async () => {
		const ranking = await nationalRanking("year=2023&group=GR");
		expect(ranking.group?.id).toBe("GR");
		expect(ranking.rows).toHaveLength(13);
		expect(ranking.rows[0]?.rank).toBeLessThan(ranking.rows[1]?.rank ?? 0);
		expect(ranking.rows.find((r) => r.code === "1402")?.rank).toBe(32);
	});

	it("answers an unknown year with 404 and a malformed group with 400", async () => {
		const year = await testApp.app.inject({ url: "/api/rankings?year=1999" });
		expect(year.statusCode).toBe(404);
		const group = await testApp.app.inject({ url: "/api/rankings?group=X1" });
		expect(group.statusCode).toBe(400);
		expect(group.json<ApiError>().error.message).toContain('"group"');
	});
});

describe("GET /api/municipalities/:code/similar", () => {
	it("gives the 7 closest by default, closest first, never the municipality itself", async () => {
		const response = await testApp.app.inject({
			url: "/api/municipalities/1402/similar?year=2023",
		});
		expect(response.statusCode).toBe(200);
		const report = response.json<SimilarReport>();
		expect(report.method).toBe("gower");
		expect(report.similar).toHaveLength(7);
		expect(report.similar.some((s) => s.code === "1402")).toBe(false);
		const differences = report.similar.map((s) => s.difference);
		expect(differences).toEqual([...differences].sort((a, b) => a - b));
		expect(report.indicators[0]).toMatchObject({
			id: "kommungrupp",
			weight: 1,
		});
		expect(report.indicators.slice(1).every((i) => i.kind === "factor")).toBe(
			true,
		);
	});

	it("takes chosen indicators and weights", async () => {
		const response = await testApp.app.inject({
			url: "/api/municipalities/1402/similar?year=2023&indicators=sammanfattande-omdome,nki:totalt&weights=2,1&count=20",
		});
		const report = response.json<SimilarReport>();
		expect(report.similar).toHaveLength(20);
		expect(report.indicators).toMatchObject([
			{ id: "sammanfattande-omdome", kind: "factor", weight: 2 },
			{ id: "nki:totalt", kind: "nki", weight: 1 },
		]);
		expect(report.indicators[1]?.year).toBeLessThanOrEqual(2023);
	});

	it("refuses an unknown indicator or a weight list of another length, with 400", async () => {
		const unknown = await testApp.app.inject({
			url: "/api/municipalities/1402/similar?indicators=zz",
		});
		expect(unknown.statusCode).toBe(400);
		expect(unknown.json<ApiError>().error.message).toMatch(
			/Unknown indicator zz/,
		);
		const weights = await testApp.app.inject({
			url: "/api/municipalities/1402/similar?indicators=kommungrupp&weights=1,2",
		});
		expect(weights.statusCode).toBe(400);
		expect(weights.json<ApiError>().error.message).toMatch(
			/one weight per indicator/,
		);
	});
});
