import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CompareRow, PeerGroup } from "../../../server/schemas/compare.ts";
import {
	defaultGroup,
	firstDirection,
	lastPoints,
	MAX_DISTINCT_PEERS,
	multiRankRows,
	nkiRankCorrelation,
	peerColor,
	peerSeries,
	placeEndLabels,
	scatterPoints,
	sortRows,
} from "./compareData.ts";

const row = (
	code: string,
	name: string,
	rank: number | null,
	extra: Partial<CompareRow> = {},
): CompareRow => ({
	code,
	name,
	countyName: "Västra Götalands län",
	kommungrupp: null,
	rank,
	rankProvenance: rank === null ? null : "published",
	score: null,
	scoreProvenance: null,
	modelledRank: null,
	factorScores: {},
	factorProvenances: {},
	nki: null,
	history: [],
	...extra,
});

const groups: PeerGroup[] = [
	{
		id: "GR",
		label: "GR",
		kind: "region",
		codes: ["1402", "1401"],
		source: "gr-members",
	},
	{
		id: "lan:01",
		label: "Stockholms län",
		kind: "lan",
		codes: ["0184"],
		source: "scb-lan",
	},
];

describe("defaultGroup", () => {
	it("is GR for its members and the län otherwise", () => {
		expect(defaultGroup("1402", groups)).toBe("GR");
		expect(defaultGroup("0184", groups)).toBe("lan:01");
		expect(defaultGroup("2580", groups)).toBe("GR");
		expect(defaultGroup("2580", [])).toBeNull();
	});
});

describe("sortRows", () => {
	const rows = [
		row("1402", "Partille", 32, { score: 3.6, factorScores: { service: 3.5 } }),
		row("1401", "Härryda", 11, { score: 3.9, factorScores: { service: 3.9 } }),
		row("1480", "Göteborg", null, { score: 3.2 }),
		row("1407", "Öckerö", 19, {
			nki: { year: 2022, value: 80, provenance: "synthetic" },
		}),
	];
	const names = (sorted: CompareRow[]) => sorted.map((r) => r.name);
	it("sorts ranks ascending with missing last", () => {
		expect(names(sortRows(rows, { key: "rank", direction: "asc" }))).toEqual([
			"Härryda",
			"Öckerö",
			"Partille",
			"Göteborg",
		]);
		expect(names(sortRows(rows, { key: "rank", direction: "desc" }))).toEqual([
			"Partille",
			"Öckerö",
			"Härryda",
			"Göteborg",
		]);
	});
	it("sorts names the Swedish way and factor columns by score", () => {
		expect(names(sortRows(rows, { key: "name", direction: "asc" }))).toEqual([
			"Göteborg",
			"Härryda",
			"Partille",
			"Öckerö",
		]);
		expect(
			names(sortRows(rows, { key: "f:service", direction: "desc" })).slice(
				0,
				2,
			),
		).toEqual(["Härryda", "Partille"]);
		expect(names(sortRows(rows, { key: "nki", direction: "desc" }))[0]).toBe(
			"Öckerö",
		);
	});
	it("starts ranks ascending and scores descending", () => {
		expect(firstDirection("rank")).toBe("asc");
		expect(firstDirection("score")).toBe("desc");
		expect(firstDirection("f:service")).toBe("desc");
	});
});

describe("multiRankRows", () => {
	it("puts each municipality's rank under its code per year", () => {
		const rows = [
			row("1402", "Partille", 32, {
				history: [
					{ year: 2022, rank: 41, provenance: "published" },
					{ year: 2023, rank: 32, provenance: "published" },
				],
			}),
			row("1401", "Härryda", 11, {
				history: [{ year: 2023, rank: 11, provenance: "published" }],
			}),
		];
		expect(multiRankRows(rows)).toEqual([
			{ year: 2022, "1402": 41, "1401": null },
			{ year: 2023, "1402": 32, "1401": 11 },
		]);
	});
});

describe("scatterPoints and nkiRankCorrelation", () => {
	it("keeps municipalities with both NKI and rank", () => {
		const points = scatterPoints([
			row("1", "A", 10, {
				nki: { year: 2023, value: 80, provenance: "published" },
			}),
			row("2", "B", null, {
				nki: { year: 2023, value: 70, provenance: "published" },
			}),
			row("3", "C", 30, {
				nki: { year: 2023, value: 60, provenance: "synthetic" },
			}),
		]);
		expect(points.map((p) => [p.code, p.synthetic])).toEqual([
			["1", false],
			["3", true],
		]);
	});
	it("is -1 when a higher NKI always goes with a better rank", () => {
		const p = (nki: number, rank: number) => ({
			code: "",
			name: "",
			nki,
			nkiYear: 2023,
			rank,
			synthetic: false,
		});
		expect(nkiRankCorrelation([p(80, 1), p(70, 5), p(60, 9)])).toBeCloseTo(-1);
		expect(nkiRankCorrelation([p(80, 1), p(70, 5)])).toBeNull();
	});
});

describe("peerColor", () => {
	it("gives the chosen municipality the main colour and large sets grey", () => {
		expect(peerColor(0, 5, true)).toBe("var(--chart-line)");
		expect(peerColor(1, 5, false)).not.toBe(peerColor(2, 5, false));
		expect(peerColor(1, 40, false)).toBe("var(--peer)");
	});
});

describe("peerSeries", () => {
	const rows = (n: number) =>
		Array.from({ length: n }, (_, i) =>
			row(String(1400 + i), `Kommun ${i}`, i + 1),
		);
	it("gives each of GR's 13 municipalities a colour and line style no other has", () => {
		const series = peerSeries(rows(13), "1402");
		const styles = series.map((s) => `${s.color}|${s.dash ?? ""}`);
		expect(new Set(styles).size).toBe(13);
		expect(series.find((s) => s.isChosen)?.color).toBe("var(--chart-line)");
		expect(series.filter((s) => s.dash)).toHaveLength(12 - 7);
	});
	it("draws the others grey beyond the distinct styles", () => {
		const series = peerSeries(rows(MAX_DISTINCT_PEERS + 2), "1400");
		expect(series.filter((s) => s.color === "var(--peer)")).toHaveLength(
			MAX_DISTINCT_PEERS + 1,
		);
	});
});

describe("placeEndLabels", () => {
	/** Labels a, b, c with their lines' end heights, the gap, and where each label lands. */
	it.each([
		[
			"keeps labels apart by the gap, in the order of the lines' ends",
			[100, 102, 50],
			12,
			[100, 112, 50],
		],
		[
			"pushes labels up from the bottom when they do not fit",
			[295, 296, 297],
			10,
			[280, 290, 300],
		],
	])("%s", (_, ys, gap, expected) => {
		const placed = placeEndLabels(
			ys.map((y, i) => ({ code: "abc"[i] ?? "", y })),
			gap,
			0,
			300,
		);
		expect(["a", "b", "c"].map((code) => placed.get(code))).toEqual(expected);
	});
	it("never places two labels closer than the gap when they fit", () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 20 }),
				(ys) => {
					const placed = [
						...placeEndLabels(
							ys.map((y, i) => ({ code: `k${String(i).padStart(2, "0")}`, y })),
							10,
							0,
							400,
						).values(),
					].sort((a, b) => a - b);
					for (let i = 1; i < placed.length; i++)
						expect(
							(placed[i] ?? 0) - (placed[i - 1] ?? 0),
						).toBeGreaterThanOrEqual(10 - 1e-9);
				},
			),
		);
	});
});

describe("lastPoints", () => {
	it("finds each series' last ranked year", () => {
		expect(
			lastPoints(
				[
					{ year: 2022, a: 5, b: 7 },
					{ year: 2023, a: 4, b: null },
				],
				[
					{ code: "a", name: "A", color: "x", isChosen: true },
					{ code: "b", name: "B", color: "y", isChosen: false },
				],
			),
		).toEqual([
			{ code: "a", year: 2023, rank: 4 },
			{ code: "b", year: 2022, rank: 7 },
		]);
	});
});
