import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { GapReport } from "../server/schemas/gap.ts";
import type { Ranking } from "../server/schemas/ranking.ts";
import type { NationalRanking } from "../server/schemas/rankings.ts";
import { shouldRunBrowserTests } from "./requireChromium.ts";
import { openPage, useBrowserSession } from "./session.ts";

/** The words the pages use for provenance (client/i18n/terms.ts), as a person reads them. */
const ORIGIN = {
	published: "publicerad",
	imported: "importerad",
	synthetic: "syntetisk exempeldata",
} as const;

const sv = (value: number, digits: number) =>
	value.toFixed(digits).replace(".", ",");

describe.runIf(shouldRunBrowserTests())(
	"every figure true to its source and to the chosen year",
	() => {
		const session = useBrowserSession();

		const api = async <T>(path: string): Promise<T> =>
			(await fetch(`${session.url}${path}`)).json() as Promise<T>;

		const open = (path: string) => openPage(session, path);

		const downloadText = async (page: Page, click: () => Promise<void>) => {
			const [download] = await Promise.all([
				page.waitForEvent("download"),
				click(),
			]);
			return readFileSync((await download.path()) ?? "", "utf8")
				.slice(1)
				.split("\r\n");
		};

		/** The factor ids the what-if tries, from the URL (`om=id:value,…`). */
		const triedFactors = (page: Page) =>
			(new URL(page.url()).searchParams.get("om") ?? "")
				.split(",")
				.filter((pair) => pair !== "")
				.map((pair) => pair.split(":")[0])
				.sort();

		const isSynthetic = async (page: Page, testId: string) =>
			(await page.getByTestId(testId).getAttribute("data-synthetic")) ===
			"true";

		it("Översikt 2023: the cards show 2023's figures, each marked as the API marks it", async () => {
			const ranking = await api<Ranking>(
				"/api/municipalities/1402/ranking?year=2023&targetYear=2026",
			);
			const gap = await api<GapReport>(
				"/api/municipalities/1402/gap?year=2023",
			);
			const omdome = gap.gap.factors.find(
				(f) => f.factorId === "sammanfattande-omdome",
			);
			const page = await open("/?kommun=1402&ar=2023&mal=2026");
			await page.getByTestId("card-places").getByText("22").waitFor();
			expect(await page.getByTestId("summary-sentence").textContent()).toMatch(
				/^Partille placerade sig på 32:a plats 2023, 22 placeringar från topp 10\./,
			);
			const trend = ranking.trend;
			const y2023 = trend.years.find((y) => y.year === 2023);
			expect(await page.getByTestId("card-rank").textContent()).toContain(
				"32:a",
			);
			expect(await isSynthetic(page, "card-rank")).toBe(
				y2023?.provenance === "synthetic",
			);
			expect(await page.getByTestId("card-change").textContent()).toContain(
				"▲ 9 placeringar upp",
			);
			expect(await isSynthetic(page, "card-change")).toBe(
				y2023?.changeProvenance === "synthetic",
			);
			// The pace from 2023's rank: 22 places over three years, not from the 2025 rank.
			expect(trend.placesPerYearNeeded).toBeCloseTo(22 / 3, 9);
			expect(await page.getByTestId("card-places").textContent()).toContain(
				"7,3 placeringar per år behövs till 2026",
			);
			expect(await isSynthetic(page, "card-places")).toBe(
				gap.gap.rankProvenance === "synthetic",
			);
			expect(await page.getByTestId("card-score").textContent()).toContain(
				sv(-(omdome?.gapToNumberTen ?? 0), 2).replace(/^(\d)/, "+$1"),
			);
			expect(await isSynthetic(page, "card-score")).toBe(
				omdome?.gapToNumberTenProvenance === "synthetic",
			);
			expect(await page.getByTestId("card-track").textContent()).toContain(
				trend.status === "off-track" ? "Inte i fas" : "I fas",
			);
			expect(await isSynthetic(page, "card-track")).toBe(
				trend.statusProvenance === "synthetic",
			);
			// The May signal of 2023, not of the latest survey.
			expect(
				await page.getByTestId("may-signal-sentence").textContent(),
			).toMatch(/omdöme 2023 är/);
			// Neighbours say which figure is synthetic.
			const sollentuna = page
				.getByTestId("neighbours")
				.getByRole("listitem")
				.filter({ hasText: "Sollentuna" });
			const neighbour = gap.gap.neighbours.above.find(
				(n) => n.name === "Sollentuna",
			);
			if (neighbour?.scoreProvenance === "synthetic")
				expect(await sollentuna.textContent()).toContain(
					neighbour.provenance === "synthetic"
						? "Exempeldata: placering och omdöme"
						: "Exempeldata: omdöme",
				);
			await page.close();
		});

		it("Översikt 2023: the table view and the CSV give every year's rank and score their own origin, as the API does", async () => {
			const ranking = await api<Ranking>(
				"/api/municipalities/1402/ranking?year=2023&targetYear=2026",
			);
			const page = await open("/?kommun=1402&ar=2023&mal=2026");
			const frame = page.locator('[data-chart="rank-trend"]');
			await frame.locator(".rank-dot").first().waitFor();
			const csv = await downloadText(page, () =>
				frame
					.getByRole("button", { name: /^CSV\W+ladda ner .* som tabell$/ })
					.click(),
			);
			expect(csv.slice(0, 5)).toEqual([
				"Placering i Svenskt Näringslivs ranking, per år, Partille 2014–2025",
				"Kommun;Partille",
				"År;2023",
				'Källa;"Svenskt Näringsliv, Lokalt företagsklimat (foretagsklimat.se); trend och prognos: Topp10"',
				expect.stringMatching(/^Hämtad;\d{4}-\d\d-\d\d från Topp10$/),
			]);
			expect(csv[5]).toMatch(/^Exempeldata;/);
			const header = csv.indexOf(
				"År;Placering;Ursprung placering;Förändring;Ursprung förändring;Sammanfattande omdöme;Ursprung omdöme;Källa placering;Källa omdöme;Efter 2023",
			);
			expect(header).toBeGreaterThan(0);
			await frame.getByRole("button", { name: "Visa tabell" }).click();
			const table = frame.getByRole("table");
			await table.waitFor();
			for (const y of ranking.years) {
				const line = csv.find((l) => l.startsWith(`${y.year};`))?.split(";");
				expect(line?.[2], `${y.year} rank`).toBe(
					y.rank === null ? "" : ORIGIN[y.provenance],
				);
				expect(line?.[6], `${y.year} score`).toBe(
					y.score === null || !y.scoreProvenance
						? ""
						: ORIGIN[y.scoreProvenance],
				);
				const cells = await table
					.getByRole("row")
					.filter({ hasText: new RegExp(`^${y.year}`) })
					.getByRole("cell")
					.allTextContents();
				expect(cells[2], `${y.year} rank in the table`).toBe(
					y.rank === null ? "–" : ORIGIN[y.provenance],
				);
				expect(cells[6], `${y.year} score in the table`).toBe(
					y.score === null || !y.scoreProvenance
						? "–"
						: ORIGIN[y.scoreProvenance],
				);
				if (y.year > 2023) expect(line?.at(-1)).toBe("ja");
			}
			// The rows: a synthetic omdöme beside a published rank, and the reverse.
			expect(csv.find((l) => l.startsWith("2020;"))).toMatch(
				/^2020;21;publicerad;-14;publicerad;\d,\d\d;syntetisk exempeldata;Svenskt Näringsliv/,
			);
			expect(csv.find((l) => l.startsWith("2024;"))).toMatch(
				/^2024;\d+;syntetisk exempeldata;.*;3,90;publicerad;;Svenskt Näringsliv, enkätresultat 2024/,
			);
			await page.close();
		});

		it("judges a passed target year by its rank: the top 10 in 2020 was missed at 21st", async () => {
			const page = await open("/?kommun=1402&ar=2023&mal=2020");
			const track = page.getByTestId("card-track");
			await expect
				.poll(() => track.textContent())
				.toMatch(/Målet nåddes inte.*21:a plats 2020/);
			expect(
				await page.getByTestId("summary-sentence").textContent(),
			).toContain("Målet topp 10 år 2020 nåddes inte: 21:a plats.");
			const choices = await page
				.getByLabel("Målår för topp 10")
				.locator("option")
				.allTextContents();
			expect(choices).toContain("2020");
			expect(choices).toContain("2026");
			await page.close();
		});

		it("Faktorer 2023: ranks per question from /api/rankings, the value each factor needs and why, and a what-if that agrees", async () => {
			const rankings = await api<NationalRanking>("/api/rankings?year=2023");
			const gap = await api<GapReport>(
				"/api/municipalities/1402/gap?year=2023",
			);
			const page = await open("/faktorer?kommun=1402&ar=2023");
			await page
				.getByTestId("gap-lead")
				.getByText(/22 placeringar/)
				.waitFor();
			const partille = rankings.rows.find((r) => r.code === "1402");
			const service = partille?.factors.find((f) => f.factorId === "service");
			const serviceDef = rankings.factors.find((f) => f.id === "service");
			const line = page
				.getByTestId("factor-ranks")
				.locator('li[data-factor="service"]');
			expect(await line.textContent()).toContain(
				`Service till företagen: ${sv(service?.value ?? 0, 2)}, plats ${service?.rank} av ${serviceDef?.rankedCount}`,
			);
			expect(await line.textContent()).toContain("Exempeldata");
			await page
				.getByText(/räknas fram av Topp10/)
				.first()
				.waitFor();
			const change = gap.smallestChange;
			for (const f of change?.factors ?? []) {
				const row = page
					.getByTestId("smallest-change")
					.locator(`tr[data-factor="${f.factorId}"]`);
				expect(await row.getAttribute("data-reason")).toBe(
					f.reason ?? "reachable",
				);
				expect(
					await row.getByTestId("needed").textContent(),
					f.factorId,
				).not.toBe("–");
			}
			const omdome = change?.factors.find(
				(f) => f.factorId === "sammanfattande-omdome",
			);
			const omdomeRow = page
				.getByTestId("smallest-change")
				.locator('tr[data-factor="sammanfattande-omdome"]');
			expect(await omdomeRow.getByTestId("needed").textContent()).toBe(
				sv(omdome?.needed ?? 0, 2),
			);
			expect(await omdomeRow.textContent()).toContain(
				sv(omdome?.changeInSd ?? 0, 1),
			);
			// Trying the needed value on the sliders reaches rank 10, as the table says.
			await omdomeRow.getByRole("button", { name: /Prova/ }).click();
			await expect
				.poll(
					async () =>
						Number(
							await page.getByTestId("modelled-rank").getAttribute("data-rank"),
						),
					{ timeout: 10_000 },
				)
				.toBeLessThanOrEqual(10);
			// And so does each path through two or three factors.
			for (const path of change?.combinations ?? []) {
				await page
					.getByTestId(`path-${path.size}`)
					.getByRole("button", { name: "Prova vägen" })
					.click();
				await expect
					.poll(() => triedFactors(page), { timeout: 10_000 })
					.toEqual(path.factors.map((f) => f.factorId).sort());
				await expect
					.poll(
						async () =>
							Number(
								await page
									.getByTestId("modelled-rank")
									.getAttribute("data-rank"),
							),
						{ timeout: 10_000 },
					)
					.toBeLessThanOrEqual(10);
			}
			// The factor-gap CSV carries its context and an origin per value.
			const csv = await downloadText(page, () =>
				page
					.locator('[data-chart="factor-share"]')
					.getByRole("button", { name: /^CSV\W+ladda ner .* som tabell$/ })
					.click(),
			);
			expect(csv[1]).toBe("Kommun;Partille");
			expect(csv[2]).toBe("År;2023");
			expect(csv[3]).toMatch(/^Källa;/);
			expect(csv[5]).toMatch(/^Exempeldata;/);
			const header = csv.find((l) => l.startsWith("Faktor;"))?.split(";");
			expect(header).toContain("Ursprung Partille");
			expect(header).toContain("Ursprung andel");
			await page.close();
		});

		it("Rapport 2023: the same cards, a badge on every sentence that states a synthetic figure, per-question ranks and Insikt of 2023", async () => {
			const ranking = await api<Ranking>(
				"/api/municipalities/1402/ranking?year=2023&targetYear=2026",
			);
			const page = await open("/rapport?kommun=1402&ar=2023&mal=2026");
			await page.locator('[data-testid="report"][data-ready="true"]').waitFor();
			expect(await page.getByTestId("card-places").textContent()).toContain(
				"7,3 placeringar per år behövs till 2026",
			);
			const sentences = page.getByTestId("report-sentence");
			expect(await sentences.first().textContent()).toMatch(
				/^Partille placerade sig på 32:a plats 2023, 22 placeringar från topp 10\./,
			);
			const may = sentences.filter({ hasText: "Majenkätens" });
			expect(await may.textContent()).toContain("omdöme 2023");
			expect((await may.textContent())?.includes("Exempeldata")).toBe(
				ranking.maySignal?.expectedRankProvenance === "synthetic",
			);
			await sentences.filter({ hasText: "I SKR Insikt 2023" }).waitFor();
			await page
				.locator('[data-chart="report-factor-ranks"]')
				.getByText(/Service till företagen: \d,\d\d, plats \d+ av 290/)
				.waitFor();
			await page.getByTestId("data-as-of").first().waitFor();
			await page.close();
		});

		it("Insikt for a ranking year before the first Insikt year says so, truly", async () => {
			const page = await open("/insikt?kommun=1402&ar=2015");
			await page
				.getByText(
					"Det finns inga Insikt-resultat för Partille till och med rankingåret 2015; det första året med resultat är 2016.",
				)
				.waitFor();
			expect(await page.getByText("Visar Insikt 2024").count()).toBe(0);
			await page.close();
		});

		it("says in the footer which complete years the pages show and when data was last imported", async () => {
			const page = await open("/?kommun=1402");
			const line = page.getByTestId("data-as-of").first();
			await line.waitFor();
			expect(await line.textContent()).toMatch(
				/^Data: ranking 2025, Insikt 2024 \(senaste fullständiga år\) · senaste import \d{4}-\d\d-\d\d \d\d:\d\d$/,
			);
			await page.close();
		});
	},
);
