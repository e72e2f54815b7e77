import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { shouldRunBrowserTests } from "./requireChromium.ts";
import { useBrowserSession } from "./session.ts";

/** Collects Content-Security-Policy violations the page reports, from before its first script. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const store = window as unknown as { __csp: string[] };
		store.__csp = [];
		document.addEventListener("securitypolicyviolation", (event) => {
			store.__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	return () =>
		page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

describe.runIf(shouldRunBrowserTests())(
	"the Content-Security-Policy in a real browser",
	() => {
		const session = useBrowserSession();

		it("lets the app run and chart without a single violation", async () => {
			const page = await session.browser.newPage();
			const violations = await watchCsp(page);
			const response = await page.goto(`${session.url}/?kommun=1402`);
			expect(response?.headers()["content-security-policy"]).toContain(
				"script-src 'self'",
			);
			await page.locator(".rank-dot").first().waitFor();
			expect(await violations()).toEqual([]);
			await page.close();
		});

		it("lets Swagger UI at /api/docs render the API under its own policy", async () => {
			const page = await session.browser.newPage();
			const violations = await watchCsp(page);
			await page.goto(`${session.url}/api/docs`);
			await page.locator(".opblock-summary-path").first().waitFor();
			expect(
				await page.locator(".opblock-summary-path").count(),
			).toBeGreaterThan(3);
			expect(await violations()).toEqual([]);
			await page.close();
		});
	},
);
