import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../../schemas/errors.ts";
import type { WhatIfReport } from "../../schemas/whatIf.ts";
import { factor, seedMunicipalities, seedYear } from "../../test/seed.ts";
import { createTestApp, type TestApp } from "../../test/testApp.ts";

const CODES = [
	"0114",
	"0115",
	"0117",
	"0120",
	"0123",
	"0125",
	"0126",
	"0127",
	"0128",
	"0136",
	"0138",
	"0139",
	"1402",
];

let testApp: TestApp;
beforeAll(async () => {
	testApp = await createTestApp({ bundled: false });
	const { db } = testApp.database.handle;
	// Only these 13 are listed, so their year is complete: the model needs every municipality.
	seedMunicipalities(db, CODES);
	// Partille (last) is ranked 13th of 13 with the lowest service and attitudes scores.
	seedYear(
		db,
		2023,
		[factor("service", 0.5), factor("attityder", 0.5)],
		CODES.map((code, i) => ({
			code,
			rank: i + 1,
			scores: { service: 5 - i * 0.25, attityder: 4.5 - i * 0.2 },
		})),
	);
});
afterAll(() => testApp.close());

function postWhatIf(payload: unknown) {
	return testApp.app.inject({
		method: "POST",
		url: "/api/what-if",
		payload: payload as Record<string, unknown>,
	});
}

describe("POST /api/what-if", () => {
	it("reproduces the modelled rank when nothing changes, and carries the model's measured fit", async () => {
		const response = await postWhatIf({
			code: "1402",
			year: 2023,
			changes: {},
		});
		expect(response.statusCode).toBe(200);
		const report = response.json<WhatIfReport>();
		expect(report.result.before.rank).toBe(13);
		expect(report.result.after.rank).toBe(13);
		expect(report.model.weights.map((w) => w.factorId).sort()).toEqual([
			"attityder",
			"service",
		]);
		expect(report.model.fit.spearman).toBe(1);
		expect(report.model.fit.shareWithin5).toBe(1);
	});

	it("climbs when a factor improves", async () => {
		const report = (
			await postWhatIf({
				code: "1402",
				year: 2023,
				changes: { service: 5.5, attityder: 5 },
			})
		).json<WhatIfReport>();
		expect(report.result.after.rank).toBe(1);
		expect(report.result.placesClimbed).toBe(12);
	});

	it("answers per factor the smallest change that reaches rank 10", async () => {
		const report = (
			await postWhatIf({ code: "1402", year: 2023, changes: {} })
		).json<WhatIfReport>();
		expect(
			report.smallestChange?.factors.map((f) => f.factorId).sort(),
		).toEqual(["attityder", "service"]);
		expect(
			report.smallestChange?.factors.every(
				(f) => f.needed === null || f.needed > (f.current ?? 0),
			),
		).toBe(true);
	});

	it("refuses an unknown factor with the factors of that year", async () => {
		const response = await postWhatIf({
			code: "1402",
			year: 2023,
			changes: { skatt: 3 },
		});
		expect(response.statusCode).toBe(400);
		expect(response.json<ApiError>().error).toMatchObject({
			code: "unknown_factor",
		});
		expect(response.json<ApiError>().error.message).toContain(
			"attityder, service",
		);
	});

	it("refuses a score outside the factor's scale", async () => {
		const response = await postWhatIf({
			code: "1402",
			year: 2023,
			changes: { service: 7 },
		});
		expect(response.statusCode).toBe(400);
		expect(response.json<ApiError>().error.message).toContain(
			"between 1 and 6",
		);
	});

	it("answers malformed bodies with 400 and unknown codes or years with 404, never 5xx", async () => {
		const bad = [
			undefined,
			{ code: "1402" },
			{ code: "14", year: 2023, changes: {} },
			{ code: "1402", year: "x", changes: {} },
			{ code: "1402", year: 2023, changes: { service: "hög" } },
		];
		for (const payload of bad)
			expect(
				(await postWhatIf(payload)).statusCode,
				JSON.stringify(payload),
			).toBe(400);
		expect(
			(await postWhatIf({ code: "9999", year: 2023, changes: {} })).statusCode,
		).toBe(404);
		expect(
			(await postWhatIf({ code: "1402", year: 2001, changes: {} })).statusCode,
		).toBe(404);
	});
});
