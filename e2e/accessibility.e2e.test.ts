import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { describeViolations, findAxeViolations } from "./axe.ts";
import { shouldRunBrowserTests } from "./requireChromium.ts";
import { useBrowserSession } from "./session.ts";

/** Every page, opened as a user would, and what shows that it has drawn its figures. */
const PAGES = [
	{ path: "/?kommun=1402", ready: ".rank-dot" },
	{ path: "/faktorer?kommun=1402", ready: '[data-testid="model-box"]' },
	{ path: "/insikt?kommun=1402", ready: '[data-chart="insikt-areas"]' },
	{ path: "/jamfor?kommun=1402", ready: '[data-testid="compare-table"]' },
	{ path: "/rankning?kommun=1402", ready: "main table tbody tr" },
	{
		path: "/rapport?kommun=1402",
		ready: '[data-testid="report"][data-ready="true"]',
	},
	{ path: "/import", ready: "main h1" },
	{ path: "/om", ready: "main h1" },
	{ path: "/handlingsplan", ready: "main h1" },
	{ path: "/logga-in", ready: "main h1" },
	{ path: "/?kommun=1402&tabell=rank-trend", ready: "main table" },
	{
		path: "/faktorer?kommun=1402&tabell=factor-scores",
		ready: '[data-chart="factor-scores"] table',
	},
	{
		path: "/jamfor?kommun=1402&tabell=compare-ranks",
		ready: '[data-chart="compare-ranks"] table',
	},
	{
		path: "/insikt?kommun=1402&tabell=nki-trend",
		ready: '[data-chart="nki-trend"] table',
	},
] as const;

async function open(page: Page, url: string, ready: string): Promise<void> {
	await page.goto(url);
	await page.waitForSelector(ready, { timeout: 20_000 });
	// Charts animate in; axe should see them settled.
	await page.waitForTimeout(600);
}

describe.runIf(shouldRunBrowserTests())(
	"accessibility (WCAG 2.1 A and AA, axe-core)",
	() => {
		const session = useBrowserSession();

		it("finds no violation on any page", async () => {
			const context = await session.browser.newContext({
				viewport: { width: 1280, height: 900 },
			});
			const page = await context.newPage();
			const found: string[] = [];
			for (const { path, ready } of PAGES) {
				await open(page, `${session.url}${path}`, ready);
				const violations = await findAxeViolations(page);
				if (violations.length > 0)
					found.push(`${path}\n${describeViolations(violations)}`);
			}
			await context.close();
			expect(found.join("\n\n")).toBe("");
		}, 180_000);

		it("never scrolls sideways on a 390 px phone", async () => {
			const context = await session.browser.newContext({
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true,
			});
			const page = await context.newPage();
			const wide: string[] = [];
			for (const { path, ready } of PAGES) {
				await open(page, `${session.url}${path}`, ready);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth,
				);
				if (overflow > 0) wide.push(`${path}: ${overflow} px too wide`);
			}
			await context.close();
			expect(wide).toEqual([]);
		}, 180_000);

		it("keeps Faktorer's model box in view on a desktop, and lets it scroll away on a phone", async () => {
			const topAfterScrolling = async (width: number, height: number) => {
				const context = await session.browser.newContext({
					viewport: { width, height },
				});
				const page = await context.newPage();
				await open(
					page,
					`${session.url}/faktorer?kommun=1402`,
					'[data-testid="model-box"]',
				);
				await page.mouse.wheel(0, 1500);
				await page.waitForTimeout(300);
				const top = await page
					.getByTestId("model-box")
					.evaluate((box) => box.getBoundingClientRect().top);
				await context.close();
				return top;
			};
			expect(await topAfterScrolling(1280, 900)).toBeGreaterThanOrEqual(0);
			expect(await topAfterScrolling(390, 844)).toBeLessThan(0);
		}, 60_000);
	},
);
