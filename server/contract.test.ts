import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import { createTestDatabase, type TestDatabase } from "./test/testApp.ts";

/**
 * The API's answers on the bundled data, recorded in server/test/contract/. A change to any read
 * route's bytes shows up here as a diff to review; CI never writes these files.
 */
const READ_ROUTES: Record<string, string> = {
	municipalities: "/api/municipalities",
	"ranking-partille": "/api/municipalities/1402/ranking?targetYear=2026",
	"ranking-partille-from-2008":
		"/api/municipalities/1402/ranking?targetYear=2026&from=2008",
	"ranking-solna-target-5": "/api/municipalities/0184/ranking?targetRank=5",
	"gap-partille-2023": "/api/municipalities/1402/gap?year=2023",
	"gap-partille-latest": "/api/municipalities/1402/gap",
	"gap-solna-2023": "/api/municipalities/0184/gap?year=2023",
	"insikt-partille": "/api/municipalities/1402/insikt",
	"insikt-partille-2022": "/api/municipalities/1402/insikt?year=2022",
	"compare-gr-2023": "/api/compare?group=GR&year=2023",
	"compare-codes": "/api/compare?codes=1402,1401,1480",
	groups: "/api/groups",
	"rankings-gr-2023": "/api/rankings?year=2023&group=GR",
	"similar-partille-2023": "/api/municipalities/1402/similar?year=2023",
	years: "/api/years",
	health: "/api/health",
	imports: "/api/imports",
};

const NOW = () => new Date("2026-05-01T08:00:00.000Z");

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
	database = createTestDatabase({ bundled: true });
	app = await buildApp({ db: database.handle.db, clientDir: null, now: NOW });
});
afterAll(async () => {
	await app.close();
	database.remove();
});

describe("the API contract on the bundled data", () => {
	for (const [name, url] of Object.entries(READ_ROUTES)) {
		it(`GET ${url}`, async () => {
			const response = await app.inject({ url });
			expect(response.statusCode).toBe(200);
			await expect(
				JSON.stringify(response.json(), null, 1),
			).toMatchFileSnapshot(`test/contract/${name}.json`);
		});
	}

	it("POST /api/what-if", async () => {
		const response = await app.inject({
			method: "POST",
			url: "/api/what-if",
			payload: {
				code: "1402",
				year: 2023,
				changes: { "sammanfattande-omdome": 4.2 },
			},
		});
		expect(response.statusCode).toBe(200);
		await expect(JSON.stringify(response.json(), null, 1)).toMatchFileSnapshot(
			"test/contract/what-if-partille-2023.json",
		);
	});
});
