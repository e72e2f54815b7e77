import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rankingOptions } from "../api/municipalities.ts";
import { yearsOptions } from "../api/years.ts";
import { comparisonOptions } from "../features/compare/queries.ts";
import { gapOptions } from "../features/factors/queries.ts";
import { insiktOptions } from "../features/insikt/queries.ts";
import { nationalRankingOptions } from "../features/rankings/queries.ts";
import { prefetchPage } from "./prefetchPage.ts";

/** Just the fields prefetching reads; every other path answers an empty object. */
const ANSWERS: Record<string, unknown> = {
	"/api/years": {
		latestComplete: { ranking: 2023 },
		rankingYears: [2022, 2023, 2024],
	},
	"/api/groups": {
		groups: [
			{ id: "GR", kind: "region", codes: ["1402", "1480"] },
			{ id: "lan:01", kind: "lan", codes: ["0114"] },
		],
	},
	"/api/municipalities": {
		municipalities: [
			{ code: "1402", countyCode: "14" },
			{ code: "0114", countyCode: "01" },
		],
	},
};

function stubApi(status = 200): string[] {
	const requested: string[] = [];
	vi.stubGlobal("fetch", async (input: string) => {
		requested.push(input);
		const path = input.split("?")[0] ?? input;
		return new Response(JSON.stringify(ANSWERS[path] ?? {}), { status });
	});
	return requested;
}

async function prefetch(href: string) {
	const client = new QueryClient({
		defaultOptions: { queries: { retry: false } },
	});
	await prefetchPage(client, new URL(href, "http://localhost"));
	return client;
}

afterEach(() => vi.unstubAllGlobals());

describe("prefetchPage", () => {
	it("asks for Översikt's ranking and gap in the default year, under the page's keys", async () => {
		const requested = stubApi();
		const client = await prefetch("/?kommun=1402");
		expect(requested).toEqual(
			expect.arrayContaining([
				"/api/years",
				"/api/municipalities/1402/ranking?year=2023",
				"/api/municipalities/1402/gap?year=2023",
			]),
		);
		expect(
			client.getQueryData(rankingOptions("1402", 2023).queryKey),
		).toBeDefined();
		expect(
			client.getQueryData(gapOptions("1402", 2023).queryKey),
		).toBeDefined();
	});

	it("with the years index.html carries, asks for the page's data at once and never for /api/years", async () => {
		const requested = stubApi();
		const embedded = {
			rankingYears: [2022, 2023, 2024],
			scoreYears: [2024],
			insiktYears: [],
			coverage: { ranking: [], scores: [], insikt: [] },
			latestComplete: { ranking: 2024, scores: 2024, insikt: null },
			lastImportAt: null,
		};
		const client = new QueryClient();
		void prefetchPage(
			client,
			new URL("/?kommun=1402", "http://localhost"),
			embedded,
		);
		// Synchronously: the requests leave before the page's chunks are asked for.
		expect(requested).toEqual(
			expect.arrayContaining([
				"/api/municipalities/1402/ranking?year=2024",
				"/api/municipalities/1402/gap?year=2024",
			]),
		);
		expect(client.getQueryData(yearsOptions().queryKey)).toEqual(embedded);
		await vi.waitFor(() =>
			expect(
				client.getQueryData(gapOptions("1402", 2024).queryKey),
			).toBeDefined(),
		);
		expect(requested).not.toContain("/api/years");
	});

	it("puts the embedded years into the cache on pages without a first chart too", async () => {
		const requested = stubApi();
		const client = new QueryClient();
		const embedded = {
			rankingYears: [2023],
			scoreYears: [],
			insiktYears: [],
			coverage: { ranking: [], scores: [], insikt: [] },
			latestComplete: { ranking: 2023, scores: null, insikt: null },
			lastImportAt: null,
		};
		await prefetchPage(client, new URL("/om", "http://localhost"), embedded);
		expect(client.getQueryData(yearsOptions().queryKey)).toEqual(embedded);
		expect(requested).toEqual([]);
	});

	it("asks for the URL's year at once, without waiting for the years", async () => {
		const requested = stubApi();
		const neverAnswered = new Promise<Response>(() => {});
		const answer = globalThis.fetch;
		vi.stubGlobal("fetch", (input: string) =>
			input === "/api/years" ? neverAnswered : answer(input),
		);
		const client = new QueryClient();
		void prefetchPage(
			client,
			new URL("/faktorer?kommun=0114&ar=2019", "http://localhost"),
		);
		await vi.waitFor(() =>
			expect(
				client.getQueryData(gapOptions("0114", 2019).queryKey),
			).toBeDefined(),
		);
		expect(requested).toContain("/api/municipalities/0114/gap?year=2019");
		expect(requested).not.toContain("/api/groups");
	});

	it("asks Insikt for what stands for the ranking year, with the chosen history", async () => {
		const requested = stubApi();
		const client = await prefetch("/insikt?ar=2022&fran=2010");
		expect(requested).toContain(
			"/api/municipalities/1402/insikt?rankingYear=2022&from=2010",
		);
		const key = insiktOptions("1402", {
			rankingYear: 2022,
			from: 2010,
		}).queryKey;
		expect(client.getQueryData(key)).toBeDefined();
	});

	it("compares the default group: GR for its members, the län for the others", async () => {
		stubApi();
		const gr = await prefetch("/jamfor?ar=2023");
		const grPeers = { kind: "group", group: "GR" } as const;
		expect(
			gr.getQueryData(comparisonOptions(grPeers, 2023).queryKey),
		).toBeDefined();
		const lan = await prefetch("/jamfor?kommun=0114&ar=2023");
		const lanPeers = { kind: "group", group: "lan:01" } as const;
		expect(
			lan.getQueryData(comparisonOptions(lanPeers, 2023).queryKey),
		).toBeDefined();
	});

	it("asks for a GR member's comparison without waiting for the groups and the municipality list", async () => {
		const requested: string[] = [];
		vi.stubGlobal("fetch", (input: string) => {
			requested.push(input);
			const path = input.split("?")[0] ?? input;
			// The lists never answer: the comparison must not wait for them.
			if (path === "/api/groups" || path === "/api/municipalities")
				return new Promise<Response>(() => {});
			return Promise.resolve(new Response(JSON.stringify(ANSWERS[path] ?? {})));
		});
		const client = new QueryClient();
		void prefetchPage(
			client,
			new URL("/jamfor?kommun=1480&ar=2023", "http://localhost"),
		);
		await vi.waitFor(() =>
			expect(requested).toContain("/api/compare?group=GR&year=2023"),
		);
	});

	it("asks for another municipality's comparison once the groups are in, without the municipality list", async () => {
		const requested: string[] = [];
		vi.stubGlobal("fetch", (input: string) => {
			requested.push(input);
			const path = input.split("?")[0] ?? input;
			if (path === "/api/municipalities")
				return new Promise<Response>(() => {});
			return Promise.resolve(new Response(JSON.stringify(ANSWERS[path] ?? {})));
		});
		void prefetchPage(
			new QueryClient(),
			new URL("/jamfor?kommun=0114&ar=2023", "http://localhost"),
		);
		await vi.waitFor(() =>
			expect(requested).toContain("/api/compare?group=lan%3A01&year=2023"),
		);
	});

	it("compares the codes the URL lists", async () => {
		const requested = stubApi();
		await prefetch("/jamfor?ar=2023&koder=1402,1480");
		expect(requested).toContain("/api/compare?codes=1402%2C1480&year=2023");
	});

	it("asks Rankning for all 290 in the year", async () => {
		stubApi();
		const client = await prefetch("/rankning");
		expect(
			client.getQueryData(nationalRankingOptions(2023).queryKey),
		).toBeDefined();
	});

	it("prefetches nothing for pages without a first chart, and leaves failures to the page", async () => {
		const requested = stubApi();
		await prefetch("/om");
		await prefetch("/import");
		expect(requested).toEqual([]);
		stubApi(500);
		const client = await prefetch("/faktorer?ar=2023");
		expect(
			client.getQueryData(gapOptions("1402", 2023).queryKey),
		).toBeUndefined();
	});
});
