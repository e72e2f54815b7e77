import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INSIKT_KPIS } from "../../formats/kolada/koladaCatalogue.ts";
import {
	formattedErrors,
	municipalityDatabasePerTest,
} from "../../testing/importTestHelpers.ts";
import { FIXED_CLOCK } from "../../testing/testDatabase.ts";
import { FIXTURES_DIR } from "../bundled.ts";
import {
	backoffMs,
	dataUrls,
	type FetchResponse,
	fetchInsiktFromKolada,
	type KoladaEffects,
} from "./fetchKolada.ts";
import { importFromKolada } from "./importFromKolada.ts";

const BASE = "https://api.kolada.se/v3";
const YEARS = Array.from({ length: 11 }, (_, i) => 2014 + i);
const KPI_URL = `${BASE}/kpi?title=F%C3%B6retagsklimat%20Insikt`;
const DATA_URL = `${BASE}/data/kpi/${INSIKT_KPIS.map((kpi) => kpi.id).join(",")}/municipality/0000,1402/year/${YEARS.join(",")}`;
const PAGE_2_URL = `${DATA_URL}?page=2&per_page=8`;

function recorded(name: string): unknown {
	return JSON.parse(readFileSync(join(FIXTURES_DIR, "kolada", name), "utf8"));
}

type Scripted =
	| { status: number; body?: unknown; retryAfter?: string }
	| "network error";

/** A fetch that answers from recorded responses, after any scripted failures for a URL; and a fake clock. */
function fakeKolada(
	failures: Record<string, Scripted[]> = {},
	emptyPagesForOtherData = false,
) {
	const routes = new Map<string, unknown>([
		[KPI_URL, recorded("kpi-foretagsklimat-insikt.json")],
		[DATA_URL, recorded("data-page-1.json")],
		[PAGE_2_URL, recorded("data-page-2.json")],
	]);
	let now = 0;
	const calls: { url: string; at: number }[] = [];
	const sleeps: number[] = [];
	const respond = (
		status: number,
		body: unknown,
		retryAfter?: string,
	): FetchResponse => ({
		ok: status >= 200 && status < 300,
		status,
		headers: {
			get: (name) =>
				name.toLowerCase() === "retry-after" ? (retryAfter ?? null) : null,
		},
		json: async () => body,
	});
	const effects: KoladaEffects = {
		fetch: async (url) => {
			calls.push({ url, at: now });
			const failure = failures[url]?.shift();
			if (failure === "network error") throw new TypeError("fetch failed");
			if (failure)
				return respond(failure.status, failure.body, failure.retryAfter);
			const body =
				routes.get(url) ??
				(emptyPagesForOtherData && url.includes("/data/")
					? { values: [], count: 0, next_url: null }
					: undefined);
			return body === undefined
				? respond(404, { error: "not recorded" })
				: respond(200, body);
		},
		sleep: async (ms) => {
			sleeps.push(ms);
			now += ms;
		},
		now: () => now,
	};
	return { effects, calls, sleeps };
}

const database = municipalityDatabasePerTest();

const OPTIONS = {
	provenance: "imported",
	mode: "replace-years",
	dryRun: false,
} as const;

describe("Kolada live fetch (recorded responses, no network)", () => {
	it("discovers the KPIs by title in today's catalogue, follows next_url, imports NKI totalt through the file path", async () => {
		const { effects, calls } = fakeKolada();
		const outcome = await importFromKolada(
			database.handle.db,
			{ years: YEARS, municipalities: ["0000", "1402"], options: OPTIONS },
			effects,
			FIXED_CLOCK,
		);
		expect(calls.map((c) => c.url)).toEqual([KPI_URL, DATA_URL, PAGE_2_URL]);
		if (!outcome.ok) throw new Error(outcome.message);
		expect(formattedErrors(outcome.result)).toEqual([]);
		expect(outcome.result.parsed.warnings.map((w) => w.code)).not.toContain(
			"kolada-titles-not-checked",
		);
		const rows = database.handle.sqlite
			.prepare(
				"select year, value, source from insikt_result where municipality_code = '0000' and area = 'totalt' and measure = 'nki' order by year",
			)
			.all();
		expect(rows.map((r) => (r as { value: number }).value)).toEqual([
			68.3, 68.4, 70.4, 70.7, 71.8, 73.1, 73.7, 73.9, 74.6,
		]);
		expect(rows[0]).toMatchObject({ source: "Källa: Kolada" });

		const again = await importFromKolada(
			database.handle.db,
			{ years: YEARS, municipalities: ["0000", "1402"], options: OPTIONS },
			fakeKolada().effects,
			FIXED_CLOCK,
		);
		expect(again.ok && again.result.ok && again.result.outcome.status).toBe(
			"unchanged",
		);
	});

	it("retries 429 (honouring Retry-After), 5xx and network errors with exponential backoff", async () => {
		const { effects, sleeps } = fakeKolada({
			[DATA_URL]: [{ status: 429, retryAfter: "2" }, { status: 503 }],
			[PAGE_2_URL]: ["network error"],
		});
		const fetched = await fetchInsiktFromKolada(
			{ years: YEARS, municipalities: ["0000", "1402"] },
			effects,
		);
		expect(fetched.ok).toBe(true);
		expect(sleeps).toEqual([2000, 1000, 500]);
		expect(backoffMs(1, null)).toBe(500);
		expect(backoffMs(4, null)).toBe(4000);
		expect(backoffMs(20, null)).toBe(30_000);
	});

	it("gives up after five attempts and on a 4xx, as data", async () => {
		const down = fakeKolada({
			[KPI_URL]: Array.from({ length: 5 }, () => ({ status: 502 })),
		});
		const fetched = await fetchInsiktFromKolada(
			{ years: YEARS, municipalities: ["1402"] },
			down.effects,
		);
		expect(fetched).toEqual({
			ok: false,
			message: `${KPI_URL}: HTTP 502 (gave up after 5 attempts)`,
		});
		const missing = fakeKolada();
		const notFound = await fetchInsiktFromKolada(
			{ years: [2023], municipalities: ["1402"] },
			missing.effects,
		);
		expect(notFound.ok).toBe(false);
		expect(missing.calls).toHaveLength(2);
	});

	it("batches at most 25 KPI ids, 25 years and 20 municipalities a call, at most 5 requests a second", async () => {
		const codes = Array.from({ length: 45 }, (_, i) => String(1401 + i));
		const years = Array.from({ length: 30 }, (_, i) => 1995 + i);
		const kpis = Array.from({ length: 30 }, (_, i) => `U${70000 + i}`);
		const urls = dataUrls(BASE, kpis, { years, municipalities: codes });
		expect(urls).toHaveLength(12);
		for (const url of urls) {
			const [, kpiList = "", municipalities = "", yearList = ""] =
				/kpi\/([^/]+)\/municipality\/([^/]+)\/year\/(.+)$/.exec(url) ?? [];
			expect(kpiList.split(",").length).toBeLessThanOrEqual(25);
			expect(municipalities.split(",").length).toBeLessThanOrEqual(20);
			expect(yearList.split(",").length).toBeLessThanOrEqual(25);
		}
		const { effects, calls } = fakeKolada({}, true);
		const fetched = await fetchInsiktFromKolada(
			{ years, municipalities: codes },
			effects,
		);
		expect(fetched.ok).toBe(true);
		expect(calls).toHaveLength(7);
		for (const call of calls) {
			const inWindow = calls.filter(
				(other) => other.at > call.at - 1000 && other.at <= call.at,
			);
			expect(inWindow.length).toBeLessThanOrEqual(5);
		}
	});
});
