import { join } from "node:path";
import { launchBrowser } from "./browser.ts";
import { startRealServer } from "./server.ts";

/** Regenerates the README screenshots from the real server and the bundled data. */
const PAGES = [{ path: "/?kommun=1402", file: "oversikt.png" }];

const server = await startRealServer();
const browser = await launchBrowser();
try {
	for (const { path, file } of PAGES) {
		const page = await browser.browser.newPage({
			viewport: { width: 1280, height: 900 },
		});
		await page.goto(`${server.url}${path}`);
		await page.locator(".rank-dot").first().waitFor();
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
