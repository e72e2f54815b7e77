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

export interface FirstChart {
	/** Median ms from navigation start to the first .rank-dot in the DOM. */
	medianMs: number;
	runs: number[];
	/** Content-Security-Policy violations the page reported. */
	cspViolations: string[];
}

/** Runs in the page before its own scripts: notes when the first .rank-dot appears. */
const OBSERVER = `
(() => {
	window.__cspViolations = [];
	document.addEventListener("securitypolicyviolation", (e) => {
		window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
	});
	const found = () => {
		if (window.__firstChartMs === undefined && document.querySelector(".rank-dot")) {
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

/**
 * Starts the real server (e2e/server.ts) and opens /?kommun=1402 in headless Chromium, each time
 * in a fresh context (empty cache): one warm-up, then `runs` measured loads.
 */
export async function measureFirstChart(runs = 5): Promise<FirstChart> {
	const server = await startRealServer();
	const browser = await launchBrowser();
	try {
		const times: number[] = [];
		const cspViolations: string[] = [];
		for (let run = 0; run <= runs; run++) {
			const context = await browser.browser.newContext({
				viewport: { width: 1280, height: 900 },
			});
			await context.addInitScript(OBSERVER);
			const page = await context.newPage();
			await page.goto(`${server.url}/?kommun=1402`);
			await page.waitForFunction(
				() =>
					(window as { __firstChartMs?: number }).__firstChartMs !== undefined,
				undefined,
				{ timeout: 30_000 },
			);
			const result = await page.evaluate(() => {
				const w = window as {
					__firstChartMs?: number;
					__cspViolations?: string[];
				};
				return {
					ms: w.__firstChartMs ?? Number.NaN,
					csp: w.__cspViolations ?? [],
				};
			});
			cspViolations.push(...result.csp);
			if (run > 0) times.push(result.ms);
			await context.close();
		}
		const sorted = [...times].sort((a, b) => a - b);
		return {
			medianMs: sorted[sorted.length >> 1] ?? Number.NaN,
			runs: times,
			cspViolations: [...new Set(cspViolations)],
		};
	} finally {
		await browser.close();
		await server.stop();
	}
}
