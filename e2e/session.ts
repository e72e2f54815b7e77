import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { type BrowserHandle, launchBrowser } from "./browser.ts";
import { type RunningServer, startRealServer } from "./server.ts";

export interface BrowserSession {
	/** Base URL of the real server, e.g. http://127.0.0.1:41234. */
	readonly url: string;
	readonly browser: Browser;
}

/**
 * Starts the real server and headless Chromium before the enclosing describe's tests and stops
 * both after them. Call it inside the describe, so a skipped suite starts nothing.
 */
export function useBrowserSession(
	env: Record<string, string> = {},
): BrowserSession {
	let server: RunningServer | undefined;
	let handle: BrowserHandle | undefined;
	beforeAll(async () => {
		server = await startRealServer(env);
		handle = await launchBrowser();
	});
	afterAll(async () => {
		await handle?.close();
		await server?.stop();
	});
	return {
		get url() {
			if (!server)
				throw new Error(
					"the server is not started yet: use the session inside a test",
				);
			return server.url;
		},
		get browser() {
			if (!handle)
				throw new Error(
					"the browser is not launched yet: use the session inside a test",
				);
			return handle.browser;
		},
	};
}

/**
 * A new page at `path` (downloads allowed) that fails the test on close if the page threw: every
 * page is checked for uncaught errors, not only the ones a test looks for.
 */
export async function openPage(
	session: BrowserSession,
	path: string,
	viewport = { width: 1280, height: 900 },
): Promise<Page> {
	const page = await session.browser.newPage({
		viewport,
		acceptDownloads: true,
	});
	const errors: string[] = [];
	page.on("pageerror", (error) => errors.push(error.message));
	page.on("close", () => expect(errors).toEqual([]));
	await page.goto(`${session.url}${path}`);
	return page;
}

/** Follows a link of the site's navigation ("Sidor"), as a person does. */
export async function clickNav(page: Page, link: string): Promise<void> {
	await page
		.getByRole("navigation", { name: "Sidor" })
		.getByRole("link", { name: link, exact: true })
		.click();
}
