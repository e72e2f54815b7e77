import { describe, expect, it } from "vitest";
import { shouldRunBrowserTests } from "./requireChromium.ts";
import { useBrowserSession } from "./session.ts";

const TOKEN = "e2e-admin-token-0123456789";

const csv = (text: string) => Buffer.from(text, "utf8");

describe.runIf(shouldRunBrowserTests())("Import in a real browser", () => {
	const session = useBrowserSession({ TOPP10_ADMIN_TOKEN: TOKEN });

	it("refuses a wrong token with a clear Swedish message", async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}/import`);
		await page.getByLabel("Admin-token").fill("wrong-token-wrong-token");
		await page.getByLabel("Fil (CSV eller XLSX)").setInputFiles({
			name: "ranking-2026.csv",
			mimeType: "text/csv",
			buffer: csv("År;Kommunkod;Placering\n2026;1402;12\n"),
		});
		await page.getByRole("button", { name: "Förhandsgranska" }).click();
		await page.getByRole("alert").filter({ hasText: "admin-token" }).waitFor();
		expect(page.url()).not.toContain("wrong-token");
		await page.close();
	});

	it("lists a refused file's errors with file and line", async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}/import`);
		await page.getByLabel("Admin-token").fill(TOKEN);
		await page.getByLabel("Fil (CSV eller XLSX)").setInputFiles({
			name: "bad.csv",
			mimeType: "text/csv",
			buffer: csv("År;Kommunkod;Placering\n2026;1402;x1\n2026;9999;5\n"),
		});
		await page.getByRole("button", { name: "Förhandsgranska" }).click();
		await page.getByRole("alert").filter({ hasText: "avvisades" }).waitFor();
		const errors = await page
			.locator(".issue-list.errors li")
			.allTextContents();
		expect(errors.length).toBeGreaterThan(0);
		// Worded in Swedish by describeIssue, with the row and column.
		expect(errors[0]).toMatch(/^Rad \d+, kolumn Placering: /);
		expect(errors[0]).not.toContain("is not");
		expect(
			await page.getByRole("button", { name: "Importera" }).isDisabled(),
		).toBe(true);
		await page.close();
	});

	it("previews a file, imports it on confirmation and shows it in the history", async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}/import`);
		await page.getByLabel("Admin-token").fill(TOKEN);
		await page.getByLabel("Fil (CSV eller XLSX)").setInputFiles({
			name: "ranking-2026.csv",
			mimeType: "text/csv",
			buffer: csv("År;Kommunkod;Placering\n2026;1402;12\n2026;1401;11\n"),
		});
		await page.getByRole("button", { name: "Förhandsgranska" }).click();
		const preview = page.getByTestId("upload-preview");
		await preview.getByRole("table", { name: "Rader per år" }).waitFor();
		expect(await preview.getByRole("row").nth(1).textContent()).toMatch(
			/^2026\s*2\s*2\s*0\s*0$/,
		);
		expect(await page.getByTestId("upload-message").textContent()).toContain(
			"Inget är skrivet ännu",
		);
		await page.getByRole("button", { name: "Importera 2 rader" }).click();
		await page
			.getByTestId("upload-message")
			.filter({ hasText: "Importerat" })
			.waitFor();
		await page
			.getByTestId("import-history")
			.getByText("ranking-2026.csv")
			.waitFor();
		// The token was never written anywhere but React state.
		expect(
			await page.evaluate(
				() =>
					JSON.stringify({ ...localStorage }) +
					JSON.stringify({ ...sessionStorage }),
			),
		).not.toContain(TOKEN);
		expect(page.url()).not.toContain(TOKEN);
		await page.close();
	});

	it("never makes the imported partial year the default, flags it and keeps it askable as a target", async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}/?kommun=1402`);
		await page.getByTestId("card-rank").getByText("Placering 2025").waitFor();
		const options = await page
			.getByLabel("År", { exact: true })
			.locator("option")
			.allTextContents();
		expect(options[0]).toBe("senaste (2025)");
		expect(options).toContain("2026 (ofullständigt, 2 av 290)");
		await page.goto(`${session.url}/faktorer?kommun=1402&ar=2026`);
		await page.getByTestId("incomplete-year").waitFor();
		await page
			.getByTestId("year-incomplete-refusal")
			.getByText(/Rankingen 2026 omfattar 2 av 290 kommuner/)
			.waitFor();
		await page.goto(`${session.url}/?kommun=1402&ar=2026&mal=2026`);
		await page
			.getByTestId("card-track")
			.getByText("Målet nåddes inte")
			.waitFor();
		expect(await page.getByTestId("card-track").textContent()).toContain(
			"12:e plats 2026",
		);
		await page.close();
	});

	it("shows a conflict with a published figure in the dry run, imports on confirmation and undoes it", async () => {
		const page = await session.browser.newPage();
		await page.goto(`${session.url}/import`);
		await page.getByLabel("Admin-token").fill(TOKEN);
		// Partille's published 2016 rank is 15 (bundled sn-ranking-published.csv).
		await page.getByLabel("Fil (CSV eller XLSX)").setInputFiles({
			name: "partille-2016.csv",
			mimeType: "text/csv",
			buffer: csv("År;Kommunkod;Placering\n2016;1402;12\n"),
		});
		await page.getByRole("button", { name: "Förhandsgranska" }).click();
		const conflicts = page.getByTestId("conflicts");
		await conflicts.waitFor();
		expect(await conflicts.getByRole("caption").textContent()).toBe(
			"Publicerade siffror som filen ändrar (1)",
		);
		const row = await conflicts.getByRole("row").nth(1).textContent();
		expect(row).toContain("1402");
		expect(row).toContain("15");
		expect(row).toContain("publicerad");
		expect(row).toContain("12");
		expect(await page.getByTestId("removals").count()).toBe(0);
		await page.getByRole("button", { name: "Importera 1 rad" }).click();
		await page
			.getByTestId("upload-message")
			.filter({ hasText: "Importerat" })
			.waitFor();
		const history = page.getByTestId("import-history");
		await history
			.getByRole("button", { name: "Ångra importen av partille-2016.csv" })
			.click();
		await page
			.getByTestId("undo-message")
			.filter({ hasText: "är ångrad" })
			.waitFor();
		await history
			.getByText(/ångrad \d/)
			.first()
			.waitFor();
		expect(
			await history
				.getByRole("button", { name: "Ångra importen av partille-2016.csv" })
				.count(),
		).toBe(0);
		// The read cache sees the undo: Partille's 2016 rank is the published one again.
		const rank2016 = await page.evaluate(async () => {
			const response = await fetch(
				"/api/municipalities/1402/ranking?from=2016",
			);
			const body = (await response.json()) as {
				years: { year: number; rank: number | null; provenance: string }[];
			};
			return body.years.find((entry) => entry.year === 2016);
		});
		expect(rank2016).toMatchObject({ rank: 15, provenance: "published" });
		await page.close();
	});
});
