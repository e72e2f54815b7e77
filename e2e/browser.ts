import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_MISSING_MESSAGE =
	"Chromium is not installed at /usr/bin/chromium. Install it with `sudo apt-get install -y chromium` to run the browser tests.";

export function isChromiumInstalled(): boolean {
	return existsSync(CHROMIUM_PATH);
}

export interface BrowserHandle {
	browser: Browser;
	close(): Promise<void>;
}

/**
 * Headless Chromium without background traffic (this machine has no internet). Playwright gives
 * every launch a fresh temporary profile, so no --user-data-dir is passed.
 */
export async function launchBrowser(): Promise<BrowserHandle> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM_PATH,
		args: [
			"--headless",
			"--no-sandbox",
			"--disable-gpu",
			"--disable-quic",
			"--no-first-run",
			"--disable-background-networking",
			"--disable-component-update",
			"--disable-sync",
		],
	});
	return {
		browser,
		close: () => browser.close(),
	};
}
