import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Comparison, PeerGroupList } from "../../schemas/compare.ts";
import type { ApiError } from "../../schemas/errors.ts";
import { createTestApp, type TestApp } from "../../test/testApp.ts";

let testApp: TestApp;
beforeAll(async () => {
	testApp = await createTestApp();
});
afterAll(() => testApp.close());

describe("GET /api/groups", () => {
	it("lists GR's 13 members, every län and the kommungrupper in the data", async () => {
		const { groups } = (
			await testApp.app.inject({ url: "/api/groups" })
		).json<PeerGroupList>();
		const gr = groups.find((g) => g.id === "GR");
		expect(gr?.codes).toHaveLength(13);
		expect(gr?.codes).toContain("1384");
		expect(groups.filter((g) => g.kind === "lan")).toHaveLength(21);
		expect(groups.find((g) => g.id === "lan:14")?.codes).toContain("1402");
		expect(groups.find((g) => g.id === "kommungrupp:A2")).toMatchObject({
			label: "A2 Pendlingskommun nära storstad",
		});
	});
});

describe("GET /api/compare", () => {
	it("puts a chosen list side by side with rank history and provenance", async () => {
		const response = await testApp.app.inject({
			url: "/api/compare?codes=1402,1401&year=2023",
		});
		expect(response.statusCode).toBe(200);
		const comparison = response.json<Comparison>();
		expect(
			comparison.rows.map((r) => [r.name, r.rank, r.rankProvenance]),
		).toEqual([
			["Partille", 32, "published"],
			["Härryda", 11, "published"],
		]);
		const partille = comparison.rows[0];
		expect(
			partille?.history
				.filter(
					(h) =>
						h.provenance === "published" && h.year >= 2014 && h.year <= 2023,
				)
				.map((h) => h.rank),
		).toEqual([30, 20, 15, 18, 8, 7, 21, 24, 41, 32]);
	});

	it("takes a named peer group", async () => {
		const comparison = (
			await testApp.app.inject({ url: "/api/compare?group=GR&year=2023" })
		).json<Comparison>();
		expect(comparison.group?.id).toBe("GR");
		expect(comparison.rows).toHaveLength(13);
	});

	it("says what to give when neither codes nor group is there", async () => {
		const response = await testApp.app.inject({ url: "/api/compare" });
		expect(response.statusCode).toBe(400);
		expect(response.json<ApiError>().error.message).toContain("codes");
	});

	it("refuses malformed codes and unknown groups or codes", async () => {
		expect(
			(await testApp.app.inject({ url: "/api/compare?codes=1402,abc" }))
				.statusCode,
		).toBe(400);
		expect(
			(await testApp.app.inject({ url: "/api/compare?group=lan:99" }))
				.statusCode,
		).toBe(404);
		expect(
			(await testApp.app.inject({ url: "/api/compare?group=Nordpolen" }))
				.statusCode,
		).toBe(400);
		const unknown = await testApp.app.inject({
			url: "/api/compare?codes=1402,9999",
		});
		expect(unknown.statusCode).toBe(404);
		expect(unknown.json<ApiError>().error.message).toContain("9999");
	});
});
