import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../domain/importIssueText.ts";
import { FORMAT_IDS, TABLE_FORMATS } from "../formats/registry.ts";
import { classifyHeader } from "../table/columns.ts";
import { fitLayout } from "../table/layout.ts";

/** Header texts of every kind the vocabulary knows, and a few no layout knows. */
const HEADERS = [
	"År",
	"Kommunkod",
	"Kommun",
	"Län",
	"Länskod",
	"Kommungrupp",
	"Källa",
	"Not",
	"Placering",
	"Sammanfattande omdöme",
	"Förändring",
	"/",
	"Faktor",
	"Faktor-id",
	"Värde",
	"Område",
	"Mått",
	"Antal svar",
	"Svarsfrekvens",
	"Typ",
	"Vikt",
	"Skala min",
	"Skala max",
	"Högre är bättre",
	"Områden i NKI totalt",
	"Delserie",
	"Delserie 1",
	"2022",
	"2023",
	"NKI totalt",
	"Bygglov",
	"NKI",
	"Bemötande",
	"Placering bygglov",
	"Andel nöjda (%)",
	"Invånare",
];

describe("format detection never guesses", () => {
	it("no header, of any columns, fits two layouts", () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.constantFrom(...HEADERS), {
					minLength: 1,
					maxLength: 9,
				}),
				(header) => {
					const cells = classifyHeader(header);
					const fitting = TABLE_FORMATS.filter(
						(format) => fitLayout(format.layout, cells, false).fits,
					).map((format) => format.id);
					expect(
						fitting.length,
						`${header.join(";")} → ${fitting.join(", ")}`,
					).toBeLessThanOrEqual(1);
				},
			),
			{ numRuns: 3000, seed: 20260501 },
		);
	});

	it("names every layout for people", () => {
		for (const id of FORMAT_IDS) expect(FORMAT_NAMES[id]).toBeDefined();
	});

	it("classifies Öppna jämförelser's and SN's header cells", () => {
		expect(
			classifyHeader([
				"NKI totalt",
				"Placering",
				"Miljö- och hälsoskydd",
				"Upphandling (NUI)",
				"Antal svar bygglov",
				"Delserie 2",
				"2014",
				"/",
			]).map((cell) => [cell.kind, cell.area ?? cell.year ?? null]),
		).toEqual([
			["insiktArea", "totalt"],
			["rank", null],
			["insiktArea", "miljo-halsoskydd"],
			["insiktArea", "upphandling"],
			["responses", "bygglov"],
			["series", null],
			["yearColumn", 2014],
			["change", null],
		]);
	});
});
