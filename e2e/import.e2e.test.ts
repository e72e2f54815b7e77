import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { writeWorkbook } from "../importers/table/writeWorkbook.ts";
import {
	addAccount,
	logIn,
	type TestAccount,
	tempDatabase,
} from "./accounts.ts";
import { describeViolations, findAxeViolations } from "./axe.ts";
import { shouldRunBrowserTests } from "./requireChromium.ts";
import { type BrowserSession, useBrowserSession } from "./session.ts";

const TOKEN = "e2e-admin-token-0123456789";
const ADMIN: TestAccount = {
	name: "erik.admin",
	password: "ett-langt-losenord-for-import",
	role: "admin",
};

/** A file to upload: CSV text, or the bytes of an .xlsx workbook. */
type UploadFile =
	| { name: string; text: string }
	| { name: string; bytes: Uint8Array };

const XLSX_TYPE =
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function filePayload(file: UploadFile) {
	return "text" in file
		? {
				name: file.name,
				mimeType: "text/csv",
				buffer: Buffer.from(file.text, "utf8"),
			}
		: { name: file.name, mimeType: XLSX_TYPE, buffer: Buffer.from(file.bytes) };
}

/**
 * Opens the Import page, types the token unless `token` is null (an admin is logged in), picks
 * the file and asks for the preview.
 */
async function previewFile(
	session: BrowserSession,
	file: UploadFile,
	token: string | null = TOKEN,
	page?: Page,
): Promise<Page> {
	const tab = page ?? (await session.browser.newPage());
	await tab.goto(`${session.url}/import`);
	if (token !== null) await tab.getByLabel("Admin-token").fill(token);
	await tab.getByLabel("Fil (CSV eller XLSX)").setInputFiles(filePayload(file));
	await tab.getByRole("button", { name: "Förhandsgranska" }).click();
	return tab;
}

/** Clicks the confirm button (named by what it will do) and waits for "Importerat". */
async function confirmImport(page: Page, button: string): Promise<void> {
	await page.getByRole("button", { name: button }).click();
	await page
		.getByTestId("upload-message")
		.filter({ hasText: "Importerat" })
		.waitFor();
}

/** Undoes the run of `fileName` from the history and waits until it is marked undone. */
async function undoImport(page: Page, fileName: string): Promise<void> {
	const history = page.getByTestId("import-history");
	const button = history.getByRole("button", {
		name: `Ångra importen av ${fileName}`,
	});
	await button.click();
	await page
		.getByTestId("undo-message")
		.filter({ hasText: "är ångrad" })
		.waitFor();
	await history
		.getByText(/ångrad \d/)
		.first()
		.waitFor();
	expect(await button.count()).toBe(0);
}

/** Nothing the page knows of the token went into storage or the URL. */
async function expectTokenKeptInState(page: Page): Promise<void> {
	expect(
		await page.evaluate(
			() =>
				JSON.stringify({ ...localStorage }) +
				JSON.stringify({ ...sessionStorage }),
		),
	).not.toContain(TOKEN);
	expect(page.url()).not.toContain(TOKEN);
}

describe.runIf(shouldRunBrowserTests())("Import in a real browser", () => {
	const database = tempDatabase("import");
	const session = useBrowserSession({
		TOPP10_ADMIN_TOKEN: TOKEN,
		TOPP10_DB: database.path,
	});
	afterAll(() => database.remove());

	it("refuses a wrong token with a clear Swedish message", async () => {
		const page = await previewFile(
			session,
			{
				name: "ranking-2026.csv",
				text: "År;Kommunkod;Placering\n2026;1402;12\n",
			},
			"wrong-token-wrong-token",
		);
		await page.getByRole("alert").filter({ hasText: "admin-token" }).waitFor();
		expect(page.url()).not.toContain("wrong-token");
		await page.close();
	});

	it("lists a refused file's errors with file and line", async () => {
		const page = await previewFile(session, {
			name: "bad.csv",
			text: "År;Kommunkod;Placering\n2026;1402;x1\n2026;9999;5\n",
		});
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
		const page = await previewFile(session, {
			name: "ranking-2026.csv",
			text: "År;Kommunkod;Placering\n2026;1402;12\n2026;1401;11\n",
		});
		const preview = page.getByTestId("upload-preview");
		await preview.getByRole("table", { name: "Rader per år" }).waitFor();
		expect(await preview.getByRole("row").nth(1).textContent()).toMatch(
			/^2026\s*2\s*2\s*0\s*0$/,
		);
		expect(await page.getByTestId("upload-message").textContent()).toContain(
			"Inget är skrivet ännu",
		);
		await confirmImport(page, "Importera 2 rader");
		await page
			.getByTestId("import-history")
			.getByText("ranking-2026.csv")
			.waitFor();
		await expectTokenKeptInState(page);
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

	it("logged in as admin: no token field; an .xlsx workbook with a conflict with a published figure in the dry run, imported on confirmation and undone with the session", async () => {
		await addAccount(database.path, ADMIN);
		const page = await session.browser.newPage();
		await page.goto(`${session.url}/logga-in?tillbaka=%2Fimport`);
		await logIn(page, ADMIN);
		await page.waitForURL(/\/import$/);
		await page
			.getByTestId("upload-session")
			.getByText(`Inloggad som ${ADMIN.name} (admin)`)
			.waitFor();
		expect(await page.getByLabel("Admin-token").count()).toBe(0);
		// Partille's published 2016 rank is 15 (bundled sn-ranking-published.csv); the workbook says 12.
		const workbook = writeWorkbook([
			{
				name: "Sheet1",
				rows: [
					["År", "Kommunkod", "Placering"],
					[2016, "1402", 12],
				],
			},
		]);
		await previewFile(
			session,
			{ name: "partille-2016.xlsx", bytes: workbook },
			null,
			page,
		);
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
		const confirm = page.getByRole("button", {
			name: "Importera 1 rad (ändrar 1 publicerad siffra)",
		});
		expect(await confirm.getAttribute("class")).toBe("warning");
		// The preview open, its conflict table and the warning button: WCAG 2.1 AA holds.
		expect(describeViolations(await findAxeViolations(page))).toBe("");
		await confirmImport(page, "Importera 1 rad");
		await undoImport(page, "partille-2016.xlsx");
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
		// Logged out, the token field is back.
		await page.getByRole("button", { name: "Logga ut" }).click();
		await page.getByLabel("Admin-token").waitFor();
		await page.close();
	});

	it("undoes an import with the typed token when nobody is logged in", async () => {
		const page = await previewFile(session, {
			name: "partille-2017.csv",
			text: "År;Kommunkod;Placering\n2017;1402;20\n",
		});
		await confirmImport(page, "Importera 1 rad");
		await undoImport(page, "partille-2017.csv");
		await expectTokenKeptInState(page);
		await page.close();
	});
});
