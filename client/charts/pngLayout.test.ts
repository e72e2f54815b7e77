import { describe, expect, it } from "vitest";
import type { LegendItem } from "./legend.ts";
import { footerLines, layoutLegend, pngLayout, wrapText } from "./pngLayout.ts";

/** 7 px a character: a stand-in for canvas measureText. */
const measure = (text: string) => text.length * 7;

describe("wrapText", () => {
	it("wraps on words within the width", () => {
		expect(
			wrapText("Placering i Svenskt Näringslivs ranking", 140, measure),
		).toEqual(["Placering i Svenskt", "Näringslivs ranking"]);
		expect(wrapText("kort", 140, measure)).toEqual(["kort"]);
		expect(wrapText("  ", 140, measure)).toEqual([]);
	});
});

describe("footerLines", () => {
	const date = new Date("2026-05-04T10:00:00Z");
	it("gives the source and the date, and warns about synthetic figures", () => {
		expect(
			footerLines({
				source: "Svenskt Näringsliv",
				date,
				synthetic: true,
				lang: "sv",
			}),
		).toEqual([
			"Källa: Svenskt Näringsliv",
			"Hämtad 2026-05-04 från Topp10",
			"Exempeldata: diagrammet innehåller syntetiska siffror (ihåliga markeringar), inte publicerade.",
		]);
		expect(
			footerLines({ source: "SKR", date, synthetic: false, lang: "en" }),
		).toEqual(["Source: SKR", "Retrieved 4 May 2026 from Topp10"]);
	});
});

describe("layoutLegend", () => {
	const items: LegendItem[] = [
		{ label: "Publicerad", color: "#000", shape: "dot" },
		{ label: "Exempeldata", color: "#000", shape: "hollow" },
		{ label: "Topp 10", color: "#f00", shape: "dashed" },
	];
	it("wraps entries that do not fit", () => {
		const { placements, rows } = layoutLegend(items, 200, measure);
		expect(rows).toBe(2);
		expect(placements.map((p) => [p.x, p.row])).toEqual([
			[0, 0],
			[0, 1],
			[119, 1],
		]);
	});
	it("has no rows without entries", () => {
		expect(layoutLegend([], 200, measure).rows).toBe(0);
	});
});

describe("pngLayout", () => {
	it("stacks title, legend, chart and footer without overlap", () => {
		const layout = pngLayout(
			{
				chartWidth: 600,
				chartHeight: 300,
				title: "Placering per år",
				subtitle: "Partille 2014–2023",
				legend: [{ label: "Topp 10", color: "#f00", shape: "dashed" }],
				footer: ["Källa: SN", "Hämtad 2026-05-04"],
			},
			measure,
			measure,
		);
		expect(layout.width).toBe(648);
		const title = layout.titleLines[0]?.y ?? 0;
		const subtitle = layout.subtitleLines[0]?.y ?? 0;
		const firstFooter = layout.footerLines[0]?.y ?? 0;
		expect(subtitle).toBeGreaterThan(title);
		expect(layout.legend.y).toBeGreaterThan(subtitle);
		expect(layout.chart.y).toBeGreaterThan(layout.legend.y);
		expect(firstFooter).toBeGreaterThan(layout.chart.y + 300);
		expect(layout.height).toBeGreaterThan(layout.footerLines.at(-1)?.y ?? 0);
	});
});
