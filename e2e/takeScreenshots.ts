import { join } from "node:path";
import { launchBrowser } from "./browser.ts";
import { startRealServer } from "./server.ts";

interface Shot {
	path: string;
	file: string;
	/** Waited for before the picture is taken. */
	ready: string;
	width?: number;
	colorScheme?: "light" | "dark";
}

/** Regenerates the README screenshots from the real server and the bundled data. */
const PAGES: Shot[] = [
	{ path: "/?kommun=1402&ar=2023", file: "oversikt.png", ready: ".rank-dot" },
	{
		path: "/faktorer?kommun=1402&ar=2023",
		file: "faktorer.png",
		ready: '[data-testid="modelled-rank"]',
	},
	{
		path: "/insikt?kommun=1402&ar=2023",
		file: "insikt.png",
		ready: ".heat-cell",
	},
	{
		path: "/jamfor?kommun=1402&ar=2023&grupp=GR",
		file: "jamfor.png",
		ready: ".scatter-dot",
	},
	{
		path: "/rapport?kommun=1402&ar=2023",
		file: "rapport.png",
		ready:
			'[data-testid="report"][data-ready="true"] [data-chart="report-peers"]',
	},
	{
		path: "/import",
		file: "import.png",
		ready: '[data-testid="import-history"] table',
	},
	{
		path: "/om?kommun=1402&ar=2023",
		file: "om.png",
		ready: '[data-testid="model-box"]',
	},
	{
		path: "/?kommun=1402&ar=2023",
		file: "oversikt-mobil.png",
		ready: ".rank-dot",
		width: 375,
	},
	{
		path: "/?kommun=1402&ar=2023",
		file: "oversikt-mork.png",
		ready: ".rank-dot",
		colorScheme: "dark",
	},
];

const server = await startRealServer();
const browser = await launchBrowser();
try {
	for (const {
		path,
		file,
		ready,
		width = 1280,
		colorScheme = "light",
	} of PAGES) {
		const page = await browser.browser.newPage({
			viewport: { width, height: 900 },
			colorScheme,
		});
		await page.goto(`${server.url}${path}`);
		await page.locator(ready).first().waitFor();
		await page.screenshot({
			path: join(import.meta.dirname, "screenshots", file),
			fullPage: true,
		});
		await page.close();
		console.log(`wrote e2e/screenshots/${file}`);
	}
} finally {
	await browser.close();
	await server.stop();
}
