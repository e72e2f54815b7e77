import { describe, expect, it } from "vitest";
import { shouldRunBrowserTests } from "./requireChromium.ts";
import { useBrowserSession } from "./session.ts";

const PARTILLE_PUBLISHED_RANKS = [30, 20, 15, 18, 8, 7, 21, 24, 41, 32];

describe.runIf(shouldRunBrowserTests())("Översikt in a real browser", () => {
	const session = useBrowserSession();

	it("charts Partille's published ranks 2014–2023 against the top-10 line", async () => {
		const page = await session.browser.newPage({
			viewport: { width: 1280, height: 900 },
		});
		await page.goto(`${session.url}/?kommun=1402`);
		await page.getByRole("heading", { name: /Partilles placering/ }).waitFor();
		const dots = page.locator('[data-testid="rank-trend"] .rank-dot');
		await expect.poll(() => dots.count()).toBeGreaterThanOrEqual(10);
		const byYear = await dots.evaluateAll((nodes) =>
			nodes.map((n) => ({
				year: Number(n.getAttribute("data-year")),
				rank: Number(n.getAttribute("data-rank")),
				provenance: n.getAttribute("data-provenance"),
			})),
		);
		const published = byYear.filter(
			(d) => d.year >= 2014 && d.year <= 2023 && d.provenance === "published",
		);
		expect(published.map((d) => d.rank)).toEqual(PARTILLE_PUBLISHED_RANKS);
		await expect
			.poll(() => page.getByText("Topp 10").count())
			.toBeGreaterThan(0);
		expect(await page.locator("html").getAttribute("lang")).toBe("sv");
		await page.close();
	});

	it("switches municipality through the searchable selector and keeps it in the URL", async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}/`);
		await page.getByRole("heading", { name: /Partilles placering/ }).waitFor();
		await page.getByRole("combobox", { name: "Kommun" }).fill("solna");
		await page.getByRole("option", { name: /Solna/ }).click();
		await page.getByRole("heading", { name: /Solnas placering/ }).waitFor();
		expect(new URL(page.url()).searchParams.get("kommun")).toBe("0184");
		await page.goBack();
		await page.getByRole("heading", { name: /Partilles placering/ }).waitFor();
		await page.close();
	});

	it("shows the latest 15 years and, on request, Solna's whole history from 2008", async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}/?kommun=0184`);
		const dots = page.locator('[data-testid="rank-trend"] .rank-dot');
		const years = () =>
			dots.evaluateAll((nodes) =>
				nodes.map((n) => Number(n.getAttribute("data-year"))),
			);
		await expect.poll(() => dots.count()).toBe(15);
		expect(Math.min(...(await years()))).toBe(2011);
		const note = page.getByTestId("history-note").first();
		await expect.poll(() => note.textContent()).toContain("2008");
		await note.getByRole("button", { name: "Visa alla år" }).click();
		await expect.poll(() => dots.count()).toBe(18);
		expect(Math.min(...(await years()))).toBe(2008);
		expect(new URL(page.url()).searchParams.get("fran")).toBe("2008");
		expect(await page.getByTestId("history-note").count()).toBe(0);
		await page.close();
	});

	it("serves client routes on reload and tells an unknown code apart", async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}/?kommun=9999`);
		await page.getByRole("alert").filter({ hasText: "9999" }).waitFor();
		await page.close();
	});
});
