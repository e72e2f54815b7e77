import type { Browser, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import {
	addAccount,
	logIn,
	type TestAccount,
	tempDatabase,
} from "./accounts.ts";
import { findAxeViolations } from "./axe.ts";
import { shouldRunBrowserTests } from "./requireChromium.ts";
import { useBrowserSession } from "./session.ts";

const EDITOR: TestAccount = {
	name: "anna.berg",
	password: "ett-langt-losenord-for-e2e",
	role: "editor",
};

/** Follows a link in the site's navigation, as a person does. */
async function goTo(page: Page, link: string): Promise<void> {
	await page
		.getByRole("navigation", { name: "Sidor" })
		.getByRole("link", { name: link })
		.click();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
	const violations = await findAxeViolations(page);
	expect(
		violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`,
		),
	).toEqual([]);
}

describe.runIf(shouldRunBrowserTests())(
	"the action plan in a real browser",
	() => {
		const database = tempDatabase("plan");
		const session = useBrowserSession({ TOPP10_DB: database.path });
		afterAll(() => database.remove());
		let accountAdded = false;
		const newPage = async (browser: Browser): Promise<Page> => {
			if (!accountAdded) {
				await addAccount(database.path, EDITOR);
				accountAdded = true;
			}
			return browser.newPage();
		};

		it("can be read without an account, but not changed", async () => {
			const page = await newPage(session.browser);
			await page.goto(`${session.url}/handlingsplan`);
			await page
				.getByRole("heading", { name: "Handlingsplan", level: 1 })
				.waitFor();
			await page.getByText("Planen har inga åtgärder ännu.").waitFor();
			expect(
				await page.getByRole("button", { name: "Lägg till åtgärd" }).count(),
			).toBe(0);
			await expectNoAxeViolations(page);
			await page.close();
		});

		it("logs in, adds an action linked to bygglov, adds a note and finds it in the report", async () => {
			const page = await newPage(session.browser);
			await page.goto(`${session.url}/handlingsplan?kommun=1402`);
			await page
				.getByRole("banner")
				.getByRole("link", { name: "Logga in" })
				.click();
			await page.waitForURL(/\/logga-in\?/);
			await logIn(page, EDITOR);
			await page.waitForURL(/\/handlingsplan\?kommun=1402$/);

			await page.getByRole("button", { name: "Lägg till åtgärd" }).click();
			// Saving without a title or a department: the summary takes the focus and links to the fields.
			await page
				.getByRole("button", { name: "Lägg till", exact: true })
				.click();
			const summary = page.getByTestId("action-form-errors");
			await summary.getByText("Skriv en rubrik för åtgärden.").waitFor();
			expect(
				await page.evaluate(() => document.activeElement?.className),
			).toContain("error-summary");
			await summary.getByRole("link", { name: /förvaltning/ }).click();
			expect(
				await page.evaluate(() =>
					document.activeElement?.getAttribute("aria-invalid"),
				),
			).toBe("true");

			await page.getByLabel("Rubrik").fill("Snabbare bygglov");
			await page
				.getByLabel("Förvaltning")
				.fill("Samhällsbyggnadsförvaltningen");
			await page.getByLabel("Ansvarig person").fill("Bo Ek");
			await page.getByLabel("Start").fill("2024-01-15");
			await page.getByLabel("Klar senast").fill("2023-06-30");
			await page
				.getByRole("combobox", { name: "Status" })
				.selectOption("pagar");
			await page.getByRole("checkbox", { name: "Bygglov" }).check();
			await page
				.getByRole("button", { name: "Lägg till", exact: true })
				.click();
			await summary
				.getByText("Slutdatumet ligger före startdatumet.")
				.waitFor();
			await page.getByLabel("Klar senast").fill("2025-06-30");
			await page
				.getByRole("button", { name: "Lägg till", exact: true })
				.click();
			await page
				.getByRole("status")
				.filter({ hasText: "Tillagd: Snabbare bygglov" })
				.waitFor();

			const card = page
				.getByTestId("action-card")
				.filter({ hasText: "Snabbare bygglov" });
			await card.getByText("Försenad", { exact: true }).waitFor();
			await card.getByText(/Bygglov NKI \d+ → \d+ sedan start 2024/).waitFor();
			await card.getByText("Exempeldata").first().waitFor();

			await card
				.getByRole("button", { name: "Visa anteckningar och historik" })
				.click();
			await card
				.getByLabel("Anteckning", { exact: true })
				.fill("Ny e-tjänst för bygglov i drift.");
			await card.getByLabel("Datum").fill("2025-03-01");
			await card.getByRole("button", { name: "Spara anteckning" }).click();
			await card.getByText("Anteckningen är sparad.").waitFor();
			await card
				.getByText("Ny e-tjänst för bygglov i drift.")
				.first()
				.waitFor();
			await expectNoAxeViolations(page);

			await goTo(page, "Rapport");
			const programme = page.getByTestId("programme-section");
			await programme.getByRole("heading", { name: /Programmet/ }).waitFor();
			await programme.getByRole("cell", { name: "Snabbare bygglov" }).waitFor();
			await programme
				.getByText(/Bygglov NKI \d+ → \d+ sedan start 2024/)
				.waitFor();
			expect(
				await programme
					.getByText(/Försenad: skulle vara klar 2025-06-30/)
					.count(),
			).toBe(1);

			await goTo(page, "Insikt");
			await page
				.getByTestId("area-actions")
				.getByText("Snabbare bygglov")
				.waitFor();
			await goTo(page, "Faktorer");
			await page
				.getByTestId("factor-actions")
				.getByText(/Inga åtgärder kopplade/)
				.first()
				.waitFor();
			await page.close();
		});

		it("previews the exported plan as an import that changes nothing", async () => {
			const page = await newPage(session.browser);
			await page.goto(`${session.url}/logga-in?tillbaka=%2Fhandlingsplan`);
			await logIn(page, EDITOR);
			await page.waitForURL(/\/handlingsplan$/);
			const [download] = await Promise.all([
				page.waitForEvent("download"),
				page.getByRole("link", { name: "Ladda ner planen (.xlsx)" }).click(),
			]);
			expect(download.suggestedFilename()).toMatch(/^handlingsplan-.*\.xlsx$/);
			await page
				.getByLabel("Planens arbetsbok (.xlsx)")
				.setInputFiles((await download.path()) ?? "");
			await page.getByRole("button", { name: "Förhandsgranska" }).click();
			await page
				.getByTestId("plan-import-message")
				.filter({ hasText: /inget att ändra|inget är skrivet/ })
				.waitFor();
			await page.getByLabel("Planens arbetsbok (.xlsx)").setInputFiles({
				name: "fel.xlsx",
				mimeType:
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				buffer: Buffer.from("not a workbook"),
			});
			await page.getByRole("button", { name: "Förhandsgranska" }).click();
			await page
				.getByTestId("plan-import-message")
				.and(page.getByRole("alert"))
				.waitFor();
			await page.close();
		});
	},
);

describe.runIf(shouldRunBrowserTests())(
	"private mode (TOPP10_PRIVATE=1)",
	() => {
		const database = tempDatabase("plan");
		const session = useBrowserSession({
			TOPP10_DB: database.path,
			TOPP10_PRIVATE: "1",
		});
		afterAll(() => database.remove());

		it("sends every page to /logga-in and back after the login", async () => {
			await addAccount(database.path, EDITOR);
			const page = await session.browser.newPage();
			await page.goto(`${session.url}/faktorer?kommun=1402&ar=2023`);
			await page.waitForURL(/\/logga-in\?tillbaka=/);
			await page.getByText("Topp10 är privat här").waitFor();
			await logIn(page, EDITOR);
			await page.waitForURL(/\/faktorer\?kommun=1402&ar=2023$/);
			await page.locator('[data-testid="model-box"]').waitFor();
			await page.getByRole("button", { name: "Logga ut" }).click();
			await page.waitForURL(/\/logga-in\?tillbaka=/);
			await page.close();
		});
	},
);
