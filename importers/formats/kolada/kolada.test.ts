import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../../pipeline/bundled.ts";
import {
	backoffMs,
	dataUrls,
	type FetchResponse,
	fetchInsiktFromKolada,
	type KoladaEffects,
} from "../../pipeline/kolada/fetchKolada.ts";
import { importFromKolada } from "../../pipeline/kolada/importFromKolada.ts";
import {
	formattedErrors,
	importAccepted,
	importFixture,
	importRefused,
	municipalityDatabasePerTest,
} from "../../testing/importTestHelpers.ts";
import { FIXED_CLOCK } from "../../testing/testDatabase.ts";
import { createKpiMap, readKpiTitle } from "./koladaKpis.ts";
import { readKoladaDocument } from "./parseKoladaJson.ts";

const BASE = "https://api.kolada.se/v3";
const YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];
const KPI_URL = `${BASE}/kpi?title=F%C3%B6retagsklimat%20Insikt`;
const DATA_URL = `${BASE}/data/kpi/U07451,U07455/municipality/0000,1402/year/${YEARS.join(",")}`;
const PAGE_2_URL = `${DATA_URL}?page=2&per_page=8`;

function recorded(name: string): unknown {
	return JSON.parse(readFileSync(join(FIXTURES_DIR, "kolada", name), "utf8"));
}

function kpiList() {
	const document = readKoladaDocument(
		readFileSync(
			join(FIXTURES_DIR, "kolada", "kpi-foretagsklimat-insikt.json"),
			"utf8",
		),
	);
	if (document.kind !== "kpis") throw new Error("not a KPI list");
	return document.kpis;
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
					? { values: [], count: 0 }
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

describe("Kolada KPI titles", () => {
	it("reads area and measure from Insikt titles and refuses other KPIs", () => {
		expect(
			readKpiTitle("Företagsklimat Insikt - Livsmedelskontroll - Index"),
		).toEqual({ area: "livsmedel", measure: "nki" });
		expect(readKpiTitle("Företagsklimat Insikt - Totalt, Index")).toEqual({
			area: "totalt",
			measure: "nki",
		});
		expect(
			readKpiTitle("Företagsklimat Insikt - Bygglov - Bemötande, Index"),
		).toEqual({ area: "bygglov", measure: "bemotande" });
		expect(
			readKpiTitle("Företagsklimat Insikt - Bygglov - Antal svar"),
		).toBeNull();
		expect(readKpiTitle("Invånare totalt, antal")).toBeNull();
	});

	it("trusts only the confirmed U07455 without a KPI list; U07451 needs its title", () => {
		const builtIn = createKpiMap(null);
		expect(builtIn.meaningOf("U07455")).toEqual({
			area: "livsmedel",
			measure: "nki",
		});
		expect(builtIn.meaningOf("U07451")).toBeUndefined();
		expect(builtIn.explainUnknown("U07451")).toContain(
			"only its title can confirm that",
		);
		expect(createKpiMap(kpiList()).meaningOf("U07451")).toEqual({
			area: "totalt",
			measure: "nki",
		});
	});

	it("lets a changed title win over the built-in table, with a warning", () => {
		const map = createKpiMap([
			{ id: "U07455", title: "Företagsklimat Insikt - Bygglov - Index" },
		]);
		expect(map.meaningOf("U07455")).toEqual({
			area: "bygglov",
			measure: "nki",
		});
		expect(map.warnings[0]).toContain("U07455 is now titled");
	});
});

describe("Kolada saved responses", () => {
	it("a page with next_url, string periods and null values, read with the saved KPI list", async () => {
		const result = await importAccepted(
			database,
			"kolada/data-page-1.json",
			{},
			{ koladaKpis: kpiList() },
		);
		expect(result.parsed.source).toBe("kolada");
		expect(result.parsed.insiktResults).toContainEqual({
			year: 2017,
			municipalityCode: "1402",
			area: "totalt",
			measure: "nki",
			value: 66,
			responses: null,
			source: "Källa: Kolada",
		});
		expect(
			result.parsed.insiktResults.filter((r) => r.municipalityCode === "0000"),
		).toHaveLength(5);
		expect(result.parsed.warnings.map((w) => w.message)).toContain(
			"1 value(s) were null in Kolada (no published figure) and were skipped",
		);
	});

	it("refuses the probable U07451 without a KPI list to check its title, at the value's line:column", async () => {
		const result = await importFixture(database, "kolada/data-page-2.json");
		expect(formattedErrors(result)).toEqual([
			'data-page-2.json:4:3: values[0]: KPI U07451 is probably "Företagsklimat Insikt - Totalt, Index", but only its title can confirm that: import the saved /v3/kpi?title=Företagsklimat Insikt response together with this file',
		]);
	});

	it("refuses bad periods, unknown municipalities and indices above 100, and writes nothing", async () => {
		const result = await importRefused(
			database,
			"kolada/bad-values.json",
			{},
			{ koladaKpis: kpiList() },
		);
		expect(formattedErrors(result)).toEqual([
			'bad-values.json:17:3: values[1]: period: year "20x2" must be a whole year from 1990 to 2027',
			'bad-values.json:30:3: values[2]: unknown municipality code "9999" (expected one of the 290 four-digit codes)',
			"bad-values.json:43:3: values[3]: index 170 must be from 0 to 100",
		]);
	});
});

describe("Kolada live fetch (recorded responses, no network)", () => {
	it("discovers KPIs by title, follows next_url, and imports through the file path", async () => {
		const { effects, calls } = fakeKolada();
		const outcome = await importFromKolada(
			database.handle.db,
			{
				years: YEARS,
				municipalities: ["0000", "1402"],
				options: {
					provenance: "imported",
					mode: "replace-years",
					dryRun: false,
				},
			},
			effects,
			FIXED_CLOCK,
		);
		expect(calls.map((c) => c.url)).toEqual([KPI_URL, DATA_URL, PAGE_2_URL]);
		if (!outcome.ok) throw new Error(outcome.message);
		expect(formattedErrors(outcome.result)).toEqual([]);
		const rows = database.handle.sqlite
			.prepare(
				"select year, value, source from insikt_result where municipality_code = '0000' order by year",
			)
			.all();
		expect(rows.map((r) => (r as { value: number }).value)).toEqual([
			68.3, 68.4, 70.4, 70.7, 71.8, 73.1, 73.7, 73.9, 74.6,
		]);
		expect(rows[0]).toMatchObject({ source: "Källa: Kolada" });

		const again = await importFromKolada(
			database.handle.db,
			{
				years: YEARS,
				municipalities: ["0000", "1402"],
				options: {
					provenance: "imported",
					mode: "replace-years",
					dryRun: false,
				},
			},
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

	it("splits calls into at most 25 years and 20 municipalities, at most 5 requests a second", async () => {
		const codes = Array.from({ length: 45 }, (_, i) => String(1401 + i));
		const years = Array.from({ length: 30 }, (_, i) => 1995 + i);
		const urls = dataUrls(BASE, ["U07451"], { years, municipalities: codes });
		expect(urls).toHaveLength(6);
		for (const url of urls) {
			const [, municipalities = "", yearList = ""] =
				/municipality\/([^/]+)\/year\/(.+)$/.exec(url) ?? [];
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
