import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { launchBrowser } from "../e2e/browser.ts";
import { startRealServer } from "../e2e/server.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLIENT_DIR = join(ROOT, "dist", "client");

export interface InitialJs {
	/** The scripts index.html loads before anything else: its module script(s) and modulepreloads. */
	files: { file: string; bytes: number; gzipBytes: number }[];
	gzipKb: number;
	/** <script> elements with inline code in the built index.html (must be 0 for the CSP). */
	inlineScripts: number;
}

/** `vite build` into dist/client, then gzip (level 9) the JS that index.html loads initially. */
export async function buildAndMeasureClient(): Promise<InitialJs> {
	await build({ configFile: join(ROOT, "vite.config.ts"), logLevel: "warn" });
	const html = readFileSync(join(CLIENT_DIR, "index.html"), "utf8");
	const sources = [
		...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
		...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
	].map((match) => match[1] ?? "");
	const inlineScripts = [
		...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
	].filter((match) => (match[1] ?? "").trim() !== "").length;
	const files = [...new Set(sources)].map((source) => {
		const bytes = readFileSync(join(CLIENT_DIR, source.replace(/^\//, "")));
		return {
			file: source,
			bytes: bytes.length,
			gzipBytes: gzipSync(bytes, { level: 9 }).length,
		};
	});
	const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
	return { files, gzipKb: gzipBytes / 1024, inlineScripts };
}

/** Every page, with what counts as its first figure: a chart's first mark, or a table's first row. */
export const PAGES = [
	{ id: "oversikt", path: "/?kommun=1402", selector: ".rank-dot" },
	{
		id: "faktorer",
		path: "/faktorer?kommun=1402",
		selector: "[data-chart] .recharts-layer :is(path, rect, circle)",
	},
	{
		id: "insikt",
		path: "/insikt?kommun=1402",
		selector: "[data-chart] .recharts-layer :is(path, rect, circle)",
	},
	{
		id: "jamfor",
		path: "/jamfor?kommun=1402",
		selector: "[data-chart] .recharts-layer :is(path, rect, circle)",
	},
	{
		id: "rankning",
		path: "/rankning?kommun=1402",
		selector: "main table tbody tr",
	},
	{
		id: "rapport",
		path: "/rapport?kommun=1402",
		selector: "[data-chart] .recharts-layer :is(path, rect, circle)",
	},
	{ id: "import", path: "/import", selector: "main table tbody tr" },
	{
		id: "om",
		path: "/om",
		selector:
			"main table tbody tr, [data-chart] .recharts-layer :is(path, rect, circle)",
	},
] as const;

export interface FirstChart {
	/** Median ms from navigation start to the page's first chart mark or table row. */
	medianMs: number;
	runs: number[];
	/** Content-Security-Policy violations the page reported. */
	cspViolations: string[];
}

/** Runs in the page before its own scripts: notes when the first matching element appears. */
const OBSERVER = (selector: string) => `
(() => {
	window.__cspViolations = [];
	document.addEventListener("securitypolicyviolation", (e) => {
		window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
	});
	const found = () => {
		if (window.__firstChartMs === undefined && document.querySelector(${JSON.stringify(selector)})) {
			window.__firstChartMs = performance.now();
			return true;
		}
		return false;
	};
	const observer = new MutationObserver(() => {
		if (found()) observer.disconnect();
	});
	observer.observe(document, { childList: true, subtree: true });
})();
`;

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

async function loadOnce(
	browser: Browser,
	url: string,
	selector: string,
): Promise<{ ms: number; csp: string[] }> {
	const context = await browser.browser.newContext({
		viewport: { width: 1280, height: 900 },
	});
	try {
		await context.addInitScript(OBSERVER(selector));
		const page = await context.newPage();
		await page.goto(url);
		await page.waitForFunction(
			() =>
				(window as { __firstChartMs?: number }).__firstChartMs !== undefined,
			undefined,
			{ timeout: 30_000 },
		);
		return await page.evaluate(() => {
			const w = window as {
				__firstChartMs?: number;
				__cspViolations?: string[];
			};
			return {
				ms: w.__firstChartMs ?? Number.NaN,
				csp: w.__cspViolations ?? [],
			};
		});
	} finally {
		await context.close();
	}
}

/**
 * Starts the real server (e2e/server.ts) and opens every page in headless Chromium, each time in
 * a fresh context (empty cache): a warm-up round over every page, then `runs` measured rounds.
 * Rounds go over all pages in turn, so that whatever the machine is doing meanwhile (the server
 * and the browser settling after their start, another process) falls on every page alike, not
 * on whichever page is measured first.
 */
export async function measureFirstCharts(
	runs = 5,
): Promise<Record<string, FirstChart>> {
	const server = await startRealServer();
	const browser = await launchBrowser();
	try {
		const times = new Map<string, number[]>(PAGES.map((p) => [p.id, []]));
		const csp = new Map<string, Set<string>>(
			PAGES.map((p) => [p.id, new Set<string>()]),
		);
		const failed = new Set<string>();
		for (let round = 0; round <= runs; round++)
			for (const page of PAGES) {
				if (failed.has(page.id)) continue;
				try {
					const result = await loadOnce(
						browser,
						`${server.url}${page.path}`,
						page.selector,
					);
					for (const violation of result.csp) csp.get(page.id)?.add(violation);
					if (round > 0) times.get(page.id)?.push(result.ms);
				} catch (error) {
					// A page that never shows its figure is reported, not allowed to stop the others.
					const reason = error instanceof Error ? error.message : String(error);
					csp.get(page.id)?.add(`not measured: ${reason.split("\n")[0]}`);
					failed.add(page.id);
				}
			}
		const results: Record<string, FirstChart> = {};
		for (const page of PAGES) {
			const pageTimes = failed.has(page.id) ? [] : (times.get(page.id) ?? []);
			const sorted = [...pageTimes].sort((a, b) => a - b);
			results[page.id] = {
				medianMs: sorted[sorted.length >> 1] ?? Number.NaN,
				runs: pageTimes,
				cspViolations: [...(csp.get(page.id) ?? [])],
			};
		}
		return results;
	} finally {
		await browser.close();
		await server.stop();
	}
}
