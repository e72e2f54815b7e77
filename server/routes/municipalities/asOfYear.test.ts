import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyParsedImport } from "../../../domain/importRows.ts";
import { applyImport } from "../../../importers/pipeline/applyImport.ts";
import { FIXED_CLOCK } from "../../../importers/testing/testDatabase.ts";
import type { ApiError } from "../../schemas/errors.ts";
import type { GapReport } from "../../schemas/gap.ts";
import type { InsiktReport } from "../../schemas/insikt.ts";
import type { Ranking } from "../../schemas/ranking.ts";
import type { WhatIfReport } from "../../schemas/whatIf.ts";
import type { DataYears } from "../../schemas/years.ts";
import { createTestApp, type TestApp } from "../../test/testApp.ts";

let testApp: TestApp;
beforeAll(async () => {
	testApp = await createTestApp();
});
afterAll(() => testApp.close());

/** The verdict for a target year as of a year: status and the rank it rests on. */
const verdictOf = async (year: number, targetYear: number) => {
	const { body } = await get<Ranking>(
		`/api/municipalities/1402/ranking?year=${year}&targetYear=${targetYear}`,
	);
	return { status: body.trend.status, rank: body.trend.targetYearRank };
};

const get = async <T>(url: string) => {
	const response = await testApp.app.inject({ url });
	return { status: response.statusCode, body: response.json<T>() };
};

describe("every figure of a ranking year as it was known then", () => {
	it("gives Partille 2023 the pace from its 2023 rank: 22 places over 3 years to 2026", async () => {
		const { body } = await get<Ranking>(
			"/api/municipalities/1402/ranking?year=2023&targetYear=2026",
		);
		expect(body.asOf).toBe(2023);
		expect(body.trend.latest).toEqual({
			year: 2023,
			rank: 32,
			provenance: "published",
		});
		expect(body.trend.placesPerYearNeeded).toBeCloseTo(22 / 3, 9);
		expect(body.trend.placesPerYearNeededProvenance).toBe("published");
		expect(body.trend.trend?.n).toBe(10);
		expect(body.maySignal?.year).toBe(2023);
		expect(body.maySignal?.signal.fit?.years.at(-1)).toBeLessThan(2023);
	});

	it("judges a passed target year by that year's rank", async () => {
		expect(await verdictOf(2023, 2020)).toEqual({
			status: "missed",
			rank: { year: 2020, rank: 21, provenance: "published" },
		});
	});

	it("keeps the rank's source and the score's apart: a published rank beside a synthetic score", async () => {
		const { body } = await get<Ranking>("/api/municipalities/1402/ranking");
		const at = (year: number) => body.years.find((y) => y.year === year);
		expect(at(2020)).toMatchObject({
			rank: 21,
			provenance: "published",
			scoreProvenance: "synthetic",
			scoreSource: null,
		});
		expect(at(2020)?.rankSource).toMatch(/Svenskt Näringsliv/);
		expect(at(2024)).toMatchObject({
			provenance: "synthetic",
			rankSource: null,
			score: 3.9,
			scoreProvenance: "published",
		});
		expect(at(2024)?.scoreSource).toMatch(/enkätresultat 2024/);
	});
});

describe("the smallest change to the top 10, and why a factor is out of reach", () => {
	it("gives every factor the value it needs, its size in sds and the reason it is out of reach", async () => {
		const { body } = await get<GapReport>(
			"/api/municipalities/1402/gap?year=2025",
		);
		const change = body.smallestChange;
		expect(change?.provenance).toBe("synthetic");
		const omdome = change?.factors.find(
			(f) => f.factorId === "sammanfattande-omdome",
		);
		expect(omdome?.needed).toBeCloseTo(4.47, 2);
		expect(omdome?.changeInSd).toBeCloseTo(1.9, 1);
		expect(omdome).toMatchObject({
			reachable: false,
			reason: "beyond-best-observed",
			scaleMin: 1,
			scaleMax: 6,
		});
		expect(omdome?.bestObserved).toBeLessThan(omdome?.needed ?? 0);
		for (const f of change?.factors ?? []) {
			expect(f.needed, f.factorId).not.toBeNull();
			expect(f.reachable === (f.reason === null), f.factorId).toBe(true);
		}
	});

	it("agrees with the what-if: the needed value and each combined path reach rank 10", async () => {
		const { body } = await get<GapReport>(
			"/api/municipalities/1402/gap?year=2025",
		);
		const change = body.smallestChange;
		const omdome = change?.factors.find(
			(f) => f.factorId === "sammanfattande-omdome",
		);
		const tries = [
			{ "sammanfattande-omdome": omdome?.needed ?? 0 },
			...(change?.combinations ?? []).map((path) =>
				Object.fromEntries(path.factors.map((f) => [f.factorId, f.to])),
			),
		];
		expect(change?.combinations.map((c) => c.size)).toEqual([2, 3]);
		for (const changes of tries) {
			const response = await testApp.app.inject({
				method: "POST",
				url: "/api/what-if",
				payload: { code: "1402", year: 2025, changes },
			});
			const { result } = response.json<WhatIfReport>();
			expect(result.after.rank, JSON.stringify(changes)).toBeLessThanOrEqual(
				10,
			);
			expect(result.provenance).toBe("synthetic");
		}
	});

	it("says which gap figures are synthetic: a published rank, synthetic factor values", async () => {
		const { body } = await get<GapReport>(
			"/api/municipalities/1402/gap?year=2023",
		);
		expect(body.gap.rankProvenance).toBe("published");
		expect(body.gap.modelProvenance).toBe("synthetic");
		const omdome = body.gap.factors.find(
			(f) => f.factorId === "sammanfattande-omdome",
		);
		expect(omdome?.gapToNumberTenProvenance).toBe("synthetic");
		expect(body.attribution?.publishedRankProvenance).toBe("published");
		expect(body.attribution?.provenance).toBe("synthetic");
	});
});

describe("Insikt for a ranking year", () => {
	it("summarises the latest Insikt year up to the ranking year", async () => {
		const { body } = await get<InsiktReport>(
			"/api/municipalities/1402/insikt?rankingYear=2023",
		);
		expect(body).toMatchObject({ year: 2023, rankingYear: 2023 });
		expect(body.summary?.year).toBe(2023);
	});

	it("has no summary for a ranking year before the first Insikt year, and says which years there are", async () => {
		const { status, body } = await get<InsiktReport>(
			"/api/municipalities/1402/insikt?rankingYear=2015",
		);
		expect(status).toBe(200);
		expect(body).toMatchObject({
			year: null,
			rankingYear: 2015,
			summary: null,
			values: [],
		});
		expect(body.years[0]).toBe(2016);
	});

	it("lets an asked Insikt year win over the ranking year", async () => {
		const { body } = await get<InsiktReport>(
			"/api/municipalities/1402/insikt?year=2020&rankingYear=2023",
		);
		expect(body).toMatchObject({ year: 2020, rankingYear: null });
	});
});

describe("a partial year imported ahead of the full release", () => {
	beforeAll(() => {
		const parsed = emptyParsedImport("sn-ranking");
		parsed.snResults = ["1402", "0184", "1401"].map((code, i) => ({
			year: 2026,
			municipalityCode: code,
			factorId: "total",
			rank: i + 1,
			score: null,
			source: "test",
		}));
		applyImport(
			testApp.database.handle.db,
			parsed,
			{ fileName: "partial-2026.csv", sha256: "partial-2026" },
			{ provenance: "imported", mode: "overlay", dryRun: false },
			FIXED_CLOCK,
		);
	});

	it("never becomes the default year", async () => {
		const years = (await get<DataYears>("/api/years")).body;
		expect(years.rankingYears.at(-1)).toBe(2026);
		expect(years.coverage.ranking.at(-1)).toEqual({
			year: 2026,
			municipalities: 3,
			complete: false,
		});
		expect(years.latestComplete.ranking).toBe(2025);
		const ranking = (await get<Ranking>("/api/municipalities/1402/ranking"))
			.body;
		expect(ranking.asOf).toBe(2025);
		expect(ranking.trend.latest?.year).toBe(2025);
		const gap = (await get<GapReport>("/api/municipalities/1402/gap")).body;
		expect(gap.year).toBe(2025);
	});

	it("keeps the passed target year answerable: did Partille reach the top 10 in 2026?", async () => {
		expect(await verdictOf(2026, 2026)).toEqual({
			status: "reached",
			rank: { year: 2026, rank: 1, provenance: "imported" },
		});
	});

	it("is refused with 409 and a sentence by the analyses that compare all municipalities", async () => {
		const { status, body } = await get<ApiError>(
			"/api/municipalities/1402/gap?year=2026",
		);
		expect(status).toBe(409);
		expect(body.error.code).toBe("year_incomplete");
		expect(body.error.message).toMatch(
			/holds 3 of 290 municipalities.*latest complete year is 2025/,
		);
	});
});
