import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pdfPageTexts } from "./pdfText.ts";
import { shouldRunBrowserTests } from "./requireChromium.ts";
import { openPage, useBrowserSession } from "./session.ts";

const PAGES = [
	{
		link: "Översikt",
		path: "/",
		heading: /Partilles placering/,
		ready: '[data-testid="rank-trend"] .rank-dot',
		title: "Översikt – Partille 2023 – Topp10",
	},
	{
		link: "Faktorer",
		path: "/faktorer",
		heading: /Faktorer och vägen till topp 10 för Partille/,
		ready: '[data-testid="model-box"]',
		title: "Faktorer – Partille 2023 – Topp10",
	},
	{
		link: "Insikt",
		path: "/insikt",
		heading: /SKR Insikt\) i Partille/,
		ready: '[data-chart="insikt-areas"]',
		title: "Insikt – Partille 2023 – Topp10",
	},
	{
		link: "Jämför",
		path: "/jamfor",
		heading: /Jämför Partille/,
		ready: '[data-testid="compare-table"]',
		title: "Jämför – Partille 2023 – Topp10",
	},
	{
		link: "Rankning",
		path: "/rankning",
		heading: /Rankning \d{4}: alla kommuner/,
		ready: '[data-testid="ranking-table"] tbody tr',
		title: "Rankning – Partille 2023 – Topp10",
	},
	{
		link: "Handlingsplan",
		path: "/handlingsplan",
		heading: /^Handlingsplan$/,
		ready: '.action-plan-page .empty-state, [data-testid="action-card"]',
		title: "Handlingsplan – Partille 2023 – Topp10",
	},
	{
		link: "Rapport",
		path: "/rapport",
		heading: /Statusrapport/,
		ready: '[data-testid="report"][data-ready="true"]',
		title: "Rapport – Partille 2023 – Topp10",
	},
	{
		link: "Import",
		path: "/import",
		heading: /Importera data/,
		ready: '[data-testid="import-history"]',
		title: "Import – Topp10",
	},
	{
		link: "Om data",
		path: "/om",
		heading: /Om data och metoder/,
		ready: "#synthetic-title",
		title: "Om data – Partille 2023 – Topp10",
	},
];

/**
 * Interface words that must not show in English. Names (municipalities, län, groups) and source
 * titles (SN's factor labels, SKR's kommungrupp titles, "Svenskt Näringsliv", "Lokalt
 * företagsklimat") stay as the sources write them, so only the interface's own words are listed.
 */
const SWEDISH_WORDS = [
	/\bPlacering\b/,
	/\bplaceringar?\b/,
	/\bKälla\b/,
	/\bVisa (tabell|diagram|alla år)\b/,
	/\bExempeldata\b/,
	/\bsenaste\b/,
	/\bKommun\b/,
	/\b[Rr]iket\b/,
	/\bHämtar\b/,
	/\bFörhandsgranska\b/,
	/\bSammanfattning\b/,
	/\bJämförelsegrupp\b/,
	/\bBetyg\b/,
	/\bmedlemskommuner\b/,
	/\bsyntetisk\b/,
	/\bpublicerad\b/,
];

describe.runIf(shouldRunBrowserTests())("every page in a real browser", () => {
	const session = useBrowserSession();

	const open = (path: string, viewport?: { width: number; height: number }) =>
		openPage(session, path, viewport);

	it("visits every page from the navigation, keeps the municipality and year, and titles each page", async () => {
		const page = await open("/?kommun=1402&ar=2023");
		for (const { link, path, heading, ready, title } of PAGES) {
			await page
				.getByRole("navigation", { name: "Sidor" })
				.getByRole("link", { name: link, exact: true })
				.click();
			await page.getByRole("heading", { level: 1, name: heading }).waitFor();
			await page.locator(ready).first().waitFor();
			const url = new URL(page.url());
			expect(url.pathname).toBe(path);
			expect(url.searchParams.get("kommun")).toBe("1402");
			expect(url.searchParams.get("ar")).toBe("2023");
			expect(
				await page
					.getByRole("link", { name: link, exact: true })
					.getAttribute("aria-current"),
			).toBe("page");
			await expect.poll(() => page.title()).toBe(title);
		}
		await page.goto(`${session.url}/logga-in`);
		await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
		await expect.poll(() => page.title()).toBe("Logga in – Topp10");
		await page.close();
	});

	it("says on every data page that it shows synthetic figures", async () => {
		const page = await open("/?kommun=1402&ar=2023");
		for (const path of ["/", "/faktorer", "/insikt", "/jamfor", "/rankning"]) {
			await page.goto(`${session.url}${path}?kommun=1402&ar=2023`);
			await page.getByTestId("synthetic-banner").waitFor();
			expect(
				await page.getByTestId("synthetic-banner").textContent(),
			).toContain("Exempeldata");
		}
		await page.close();
	});

	it("sums up Översikt in a sentence, with figure cards, the May signal and the neighbours", async () => {
		const page = await open("/?kommun=1402&ar=2023&mal=2026");
		const sentence = page.getByTestId("summary-sentence");
		await sentence.waitFor();
		expect(await sentence.textContent()).toMatch(
			/^Partille placerade sig på 32:a plats 2023, 22 placeringar från topp 10\. Med nuvarande trend nås (inte )?målet till 2026\.$/,
		);
		expect(await page.getByTestId("card-rank").textContent()).toContain("32:a");
		expect(await page.getByTestId("card-places").textContent()).toContain("22");
		await page
			.getByTestId("may-signal")
			.getByText("R²", { exact: true })
			.waitFor();
		await page.getByTestId("neighbours").getByText("Sollentuna").waitFor();
		await page.getByText("Ny metod 2020").first().waitFor();
		await page.getByText("Mål 2026").first().waitFor();
		// Hollow dots for synthetic ranks, and a legend saying so.
		expect(
			await page.locator('.rank-dot[data-provenance="synthetic"]').count(),
		).toBeGreaterThan(0);
		await page
			.locator(".legend-list")
			.getByText("Exempeldata (syntetisk)")
			.first()
			.waitFor();
		await page.close();
	});

	it("writes a rank change once, by arrow and word, with the right plural, and years ungrouped", async () => {
		const page = await open("/?kommun=1402&ar=2023");
		const card = page.getByTestId("card-change");
		await card.getByText("placeringar upp").waitFor();
		expect((await card.textContent())?.replace(/\s+/g, " ").trim()).toBe(
			"Förändring sedan 2022▲ 9 placeringar upp",
		);
		const frame = page.locator('[data-chart="rank-trend"]');
		await frame.getByRole("button", { name: "Visa tabell" }).click();
		const rows = frame.getByRole("table").getByRole("row");
		await rows.nth(1).waitFor();
		const cellsOf = (year: number) =>
			rows
				.filter({ hasText: new RegExp(`^${year}`) })
				.getByRole("cell")
				.allTextContents();
		expect((await cellsOf(2022)).slice(0, 4)).toEqual([
			"2022",
			"41",
			"publicerad",
			"▼ 17 placeringar ned",
		]);
		expect((await cellsOf(2023))[3]).toBe("▲ 9 placeringar upp");
		for (const text of await frame
			.getByRole("table")
			.locator("tbody tr td:first-child")
			.allTextContents())
			expect(text).toMatch(/^\d{4}$/);
		await page.goto(`${session.url}/?kommun=1402&ar=2022&lang=en`);
		await page.getByTestId("card-change").getByText("places down").waitFor();
		expect(
			(await page.getByTestId("card-change").textContent())
				?.replace(/\s+/g, " ")
				.trim(),
		).toBe("Change since 2021▼ 17 places down");
		await page.close();
	});

	it("shows the chosen municipality as the picker's value, searches on typing and puts it back on Escape", async () => {
		const page = await open("/?kommun=1402&ar=2023");
		const picker = page.getByRole("combobox", { name: "Kommun" });
		await expect.poll(() => picker.inputValue()).toBe("Partille");
		const colours = await picker.evaluate((input) => ({
			input: getComputedStyle(input).color,
			text: getComputedStyle(document.body).color,
		}));
		expect(colours.input).toBe(colours.text);
		await picker.click();
		await page.keyboard.type("sol");
		await page.getByRole("option", { name: /Solna/ }).waitFor();
		expect(await picker.inputValue()).toBe("sol");
		await page.keyboard.press("Escape");
		expect(await picker.inputValue()).toBe("Partille");
		expect(await page.getByRole("listbox").count()).toBe(0);
		await picker.fill("lerum");
		await page.getByRole("main").click({ position: { x: 5, y: 5 } });
		expect(await picker.inputValue()).toBe("Partille");
		await picker.fill("lerum");
		await page.keyboard.press("Enter");
		await page.getByRole("heading", { name: /Lerums placering/ }).waitFor();
		expect(await picker.inputValue()).toBe("Lerum");
		await page.close();
	});

	it("puts keyboard focus on the chart's data points", async () => {
		const page = await open("/?kommun=1402&ar=2023");
		const first = page.locator('[data-testid="rank-trend"] .rank-dot').first();
		await first.waitFor();
		await first.focus();
		expect(
			await page.evaluate(() =>
				document.activeElement?.getAttribute("aria-label"),
			),
		).toMatch(/^2014: 30:e plats \(publicerad\)$/);
		await page.keyboard.press("Tab");
		expect(
			await page.evaluate(() =>
				document.activeElement?.getAttribute("data-year"),
			),
		).toBe("2015");
		await page.close();
	});

	it("switches municipality and keeps the page's other choices", async () => {
		const page = await open("/jamfor?kommun=1402&ar=2023&grupp=lan:14");
		await page.getByTestId("compare-table").waitFor();
		await page.getByRole("combobox", { name: "Kommun" }).fill("solna");
		await page.getByRole("option", { name: /Solna/ }).click();
		await page.getByRole("heading", { name: /Jämför Solna/ }).waitFor();
		const url = new URL(page.url());
		expect(url.searchParams.get("kommun")).toBe("0184");
		expect(url.searchParams.get("grupp")).toBe("lan:14");
		expect(url.searchParams.get("ar")).toBe("2023");
		await page.goBack();
		await page.getByRole("heading", { name: /Jämför Partille/ }).waitFor();
		await page.close();
	});

	it("moves a what-if slider, recomputes the modelled rank and keeps the value in the URL", async () => {
		const page = await open("/faktorer?kommun=1402&ar=2023");
		const rank = page.getByTestId("modelled-rank");
		await rank.waitFor();
		const before = Number(await rank.getAttribute("data-rank"));
		await page
			.getByTestId("model-box")
			.getByText(/Spearmans ρ/)
			.waitFor();
		await page
			.getByTestId("model-box")
			.getByText(/inte Svenskt Näringslivs metod/)
			.waitFor();
		const slider = page.locator(
			'input[type="range"][data-factor="sammanfattande-omdome"]',
		);
		await slider.focus();
		await page.keyboard.press("End");
		await expect
			.poll(() => rank.getAttribute("data-rank"), { timeout: 10_000 })
			.not.toBe(String(before));
		const after = Number(await rank.getAttribute("data-rank"));
		expect(after).toBeLessThan(before);
		await expect
			.poll(() => new URL(page.url()).searchParams.get("om"))
			.toBe("sammanfattande-omdome:6");
		// A shared link opens the same view.
		const shared = await open(
			`/faktorer?kommun=1402&ar=2023&om=sammanfattande-omdome:6`,
		);
		await expect
			.poll(
				() => shared.getByTestId("modelled-rank").getAttribute("data-rank"),
				{ timeout: 10_000 },
			)
			.toBe(String(after));
		await shared.close();
		// Back undoes the change.
		await page.goBack();
		await expect
			.poll(() => rank.getAttribute("data-rank"), { timeout: 10_000 })
			.toBe(String(before));
		await page.close();
	});

	it("downloads a chart as CSV (sv-SE) and as PNG", async () => {
		const page = await open("/?kommun=1402&ar=2023");
		const frame = page.locator('[data-chart="rank-trend"]');
		await frame.locator(".rank-dot").first().waitFor();
		const [csv] = await Promise.all([
			page.waitForEvent("download"),
			frame
				.getByRole("button", { name: /^CSV\W+ladda ner .* som tabell$/ })
				.click(),
		]);
		expect(csv.suggestedFilename()).toMatch(
			/^placering-i-svenskt-naringslivs-ranking-per-ar-partille.*\.csv$/,
		);
		const text = readFileSync((await csv.path()) ?? "", "utf8");
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const lines = text.slice(1).split("\r\n");
		expect(lines[0]).toMatch(/^Placering i Svenskt Näringslivs ranking/);
		expect(lines).toContain(
			"År;Placering;Ursprung placering;Förändring;Ursprung förändring;Sammanfattande omdöme;Ursprung omdöme;Källa placering;Källa omdöme;Efter 2023",
		);
		expect(lines.find((l) => l.startsWith("2022;"))).toMatch(
			/^2022;41;publicerad;-17;publicerad;3,80;publicerad;/,
		);
		expect(lines.find((l) => l.startsWith("2023;"))).toMatch(
			/^2023;32;publicerad;9;publicerad;\d,\d\d;syntetisk exempeldata;/,
		);
		const [png] = await Promise.all([
			page.waitForEvent("download"),
			frame
				.getByRole("button", { name: /^PNG\W+ladda ner .* som bild$/ })
				.click(),
		]);
		const image = readFileSync((await png.path()) ?? "");
		expect(image.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
		expect(image.length).toBeGreaterThan(20_000);
		await page.close();
	});

	it("shows a chart as a table and keeps that choice in the URL", async () => {
		const page = await open("/?kommun=1402&ar=2023");
		const frame = page.locator('[data-chart="rank-trend"]');
		await frame.getByRole("button", { name: "Visa tabell" }).click();
		await frame.getByRole("table").waitFor();
		expect(new URL(page.url()).searchParams.get("tabell")).toBe("rank-trend");
		await page.reload();
		await page
			.locator('[data-chart="rank-trend"]')
			.getByRole("table")
			.waitFor();
		await page
			.locator('[data-chart="rank-trend"]')
			.getByRole("button", { name: "Visa diagram" })
			.click();
		await page
			.locator('[data-testid="rank-trend"] .rank-dot')
			.first()
			.waitFor();
		await page.close();
	});

	it("shows Insikt with grade bands, local ranks and the 2024 definition break", async () => {
		const page = await open("/insikt?kommun=1402");
		await page.getByTestId("area-totalt").waitFor();
		expect(await page.getByTestId("area-totalt").textContent()).toMatch(
			/plats \d+ av \d+/,
		);
		await page.getByText("Ny definition 2024").first().waitFor();
		await page.getByText("Källa: SKR Insikt (via Kolada)").first().waitFor();
		await page.locator(".heat-cell").first().waitFor();
		expect(await page.locator(".heat-cell").count()).toBeGreaterThanOrEqual(6);
		await page.close();
	});

	it("compares peers in a sortable table and keeps the sort in the URL", async () => {
		const page = await open("/jamfor?kommun=1402&ar=2023&grupp=GR");
		const table = page.getByTestId("compare-table");
		await table.getByRole("row").nth(13).waitFor();
		await table.getByRole("button", { name: /^NKI/ }).click();
		expect(new URL(page.url()).searchParams.get("sortera")).toBe("nki:desc");
		expect(
			await table
				.getByRole("columnheader", { name: /NKI/ })
				.getAttribute("aria-sort"),
		).toBe("descending");
		await page.locator(".scatter-dot").first().waitFor();
		await page.getByLabel("Grupp", { exact: true }).selectOption("__custom");
		await expect
			.poll(() => new URL(page.url()).searchParams.get("koder"))
			.toMatch(/^1402|,1402/);
		await page.close();
	});

	it("prints the report to an A4 PDF that says Exempeldata on every page and never splits a chart", async () => {
		const page = await open("/rapport?kommun=1402&ar=2023");
		await page.locator('[data-testid="report"][data-ready="true"]').waitFor();
		await page.locator('[data-chart="report-peers"]').waitFor();
		const pdf = await page.pdf({ format: "A4" });
		const pages = pdfPageTexts(pdf);
		expect(pages.length).toBeGreaterThanOrEqual(2);
		for (const text of pages) expect(text).toContain("EXEMPELDATA");
		expect(pages[0]).toContain(
			"Statusrapport: företagsklimatet i Partille 2023",
		);
		const titles = await page
			.locator(".report .chart-frame h2")
			.allTextContents();
		expect(titles.length).toBeGreaterThanOrEqual(3);
		for (const title of titles) {
			const name = title.replace("Exempeldata", "").trim();
			const where = pages.findIndex((p) => p.includes(name));
			expect(where, name).toBeGreaterThanOrEqual(0);
			// The chart's own source line is printed on the same page as its title.
			const after = pages[where]?.slice(pages[where]?.indexOf(name));
			expect(after, name).toMatch(/Källa\s*:/);
		}
		await page.close();
	});

	it("fits Översikt on a phone without sideways scrolling", async () => {
		const page = await open("/?kommun=1402", { width: 375, height: 800 });
		await page
			.locator('[data-testid="rank-trend"] .rank-dot')
			.first()
			.waitFor();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
		).toBeLessThanOrEqual(376);
		await page.close();
	});

	it("shows no Swedish interface words on any page in English", async () => {
		const page = await open("/?kommun=1402&ar=2023&lang=en");
		for (const { path, ready } of PAGES) {
			await page.goto(`${session.url}${path}?kommun=1402&ar=2023&lang=en`);
			await page.locator(ready).first().waitFor();
			await page.waitForLoadState("networkidle");
			const text = (await page.locator("body").textContent()) ?? "";
			for (const word of SWEDISH_WORDS)
				expect(text, `${path} shows ${word}`).not.toMatch(word);
		}
		await page.close();
	});

	it("speaks English when asked, and keeps it in the URL", async () => {
		const page = await open("/?kommun=1402&ar=2023");
		await page.getByRole("button", { name: "In English" }).click();
		await page
			.getByRole("heading", { name: "Partille's rank in the business climate" })
			.waitFor();
		expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
		expect(await page.locator("html").getAttribute("lang")).toBe("en");
		await page
			.getByRole("navigation", { name: "Pages" })
			.getByRole("link", { name: "Factors" })
			.click();
		await page
			.getByRole("heading", { name: /Factors and the path to the top 10/ })
			.waitFor();
		expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
		await page.close();
	});
});
