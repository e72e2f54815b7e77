import { describe, expect, it } from "vitest";
import type {
	NationalRanking,
	NationalRow,
} from "../../../server/schemas/rankings.ts";
import {
	factorGroups,
	focusSummary,
	orderFactors,
	type RankingFactor,
	ranksWithin,
	rowsProvenances,
	selectRows,
	sortNational,
} from "./rankingsData.ts";

const factor = (
	id: string,
	label: string,
	kind: "survey" | "statistic",
): RankingFactor => ({
	id,
	label,
	kind,
	weight: 1,
	higherIsBetter: true,
	scaleMin: null,
	scaleMax: null,
	rankedCount: 290,
	rankProvenance: "synthetic",
});

const FACTORS: NationalRanking["factors"] = [
	factor("kommunalskatt", "Kommunalskatt", "statistic"),
	factor("service", "Service till företagen", "survey"),
	factor("sammanfattande-omdome", "Sammanfattande omdöme", "survey"),
	factor(
		"attityder-skola",
		"Attityder: skolans attityder till företagande",
		"survey",
	),
];

const row = (
	code: string,
	name: string,
	rank: number | null,
	service: number | null,
	extra: Partial<NationalRow> = {},
): NationalRow => ({
	code,
	name,
	countyName: "Västra Götalands län",
	kommungrupp: "A2",
	rank,
	provenance: rank === null ? null : "published",
	previousRank: null,
	change: null,
	changeProvenance: null,
	score: null,
	scoreProvenance: null,
	factors: [
		{
			factorId: "service",
			value: service,
			rank: service === null ? null : Math.round(100 - service * 10),
			provenance: service === null ? null : "synthetic",
		},
	],
	...extra,
});

const ROWS = [
	row("1442", "Vårgårda", 1, 4.2),
	row("0162", "Danderyd", 2, 4.0),
	row("1402", "Partille", 32, 3.5, { change: 9 }),
	row("1401", "Härryda", 11, 3.9, { change: -10 }),
	row("1480", "Göteborg", null, null),
	row("1407", "Öckerö", 19, 3.9, { change: -2 }),
];

describe("orderFactors and factorGroups", () => {
	it("puts sammanfattande omdöme first, then the survey by name, then the statistics", () => {
		const ordered = orderFactors(FACTORS);
		expect(ordered.map((f) => f.id)).toEqual([
			"sammanfattande-omdome",
			"attityder-skola",
			"service",
			"kommunalskatt",
		]);
		expect(
			factorGroups(ordered).map((g) => [g.kind, g.factors.length]),
		).toEqual([
			["survey", 3],
			["statistic", 1],
		]);
	});
});

describe("selectRows", () => {
	it("keeps a group's members and matches names accent-insensitively or codes by prefix", () => {
		const group = new Set(["1402", "1401", "1407"]);
		expect(selectRows(ROWS, group, "").map((r) => r.name)).toEqual([
			"Partille",
			"Härryda",
			"Öckerö",
		]);
		expect(selectRows(ROWS, null, "ocker").map((r) => r.code)).toEqual([
			"1407",
		]);
		expect(selectRows(ROWS, null, "140").map((r) => r.code)).toEqual([
			"1402",
			"1401",
			"1407",
		]);
		expect(selectRows(ROWS, group, "  vårg ")).toEqual([]);
	});
});

describe("sortNational", () => {
	it("sorts by rank with the unranked last, whichever the direction", () => {
		expect(
			sortNational(ROWS, { key: "rank", direction: "asc" }).map((r) => r.rank),
		).toEqual([1, 2, 11, 19, 32, null]);
		expect(
			sortNational(ROWS, { key: "rank", direction: "desc" }).map((r) => r.rank),
		).toEqual([32, 19, 11, 2, 1, null]);
	});
	it("sorts by a factor's rank, ties by total rank", () => {
		expect(
			sortNational(ROWS, { key: "f:service", direction: "asc" }).map(
				(r) => r.name,
			),
		).toEqual([
			"Vårgårda",
			"Danderyd",
			"Härryda",
			"Öckerö",
			"Partille",
			"Göteborg",
		]);
	});
	it("sorts names in Swedish order (å, ä, ö last)", () => {
		expect(
			sortNational(ROWS, { key: "name", direction: "asc" }).map((r) => r.name),
		).toEqual([
			"Danderyd",
			"Göteborg",
			"Härryda",
			"Partille",
			"Vårgårda",
			"Öckerö",
		]);
	});
	it("sorts by change, the biggest climb first", () => {
		expect(
			sortNational(ROWS, { key: "change", direction: "desc" })
				.slice(0, 3)
				.map((r) => r.change),
		).toEqual([9, -2, -10]);
	});
});

describe("ranksWithin", () => {
	it("ranks again within the rows, equal national ranks sharing a place", () => {
		const within = ranksWithin(
			ROWS.filter((r) => r.rank !== null),
			["service"],
		);
		expect(within.get("1402")).toEqual({ rank: 5, factors: { service: 5 } });
		expect(within.get("1401")?.factors.service).toBe(3);
		expect(within.get("1407")?.factors.service).toBe(3);
		expect(within.get("1442")).toEqual({ rank: 1, factors: { service: 1 } });
	});
});

describe("focusSummary", () => {
	const service = orderFactors(FACTORS).filter((f) => f.id === "service");
	it("places the focus municipality in the selection and among its ten best", () => {
		const selection = ROWS.filter((r) => r.code !== "0162");
		const summary = focusSummary(ROWS, selection, "1402", service);
		expect(summary?.isMember).toBe(true);
		expect(summary?.top.map((r) => r.name)).toEqual([
			"Vårgårda",
			"Härryda",
			"Öckerö",
			"Partille",
		]);
		expect(summary?.withinRank).toBe(4);
		expect(summary?.withinOf).toBe(4);
		expect(summary?.lines[0]).toMatchObject({
			value: 3.5,
			nationalRank: 65,
			withinRank: 4,
			withinOf: 4,
			amongTopRank: 4,
			amongTopOf: 4,
			provenance: "synthetic",
			topProvenance: "synthetic",
		});
		expect(summary?.lines[0]?.topMean).toBeCloseTo((4.2 + 3.9 + 3.9 + 3.5) / 4);
	});
	it("adds the focus municipality when it is not in the selection", () => {
		const selection = ROWS.filter((r) => ["1442", "0162"].includes(r.code));
		const summary = focusSummary(ROWS, selection, "1402", service);
		expect(summary?.isMember).toBe(false);
		expect(summary?.withinOf).toBe(3);
		expect(summary?.lines[0]).toMatchObject({ withinRank: 3, amongTopOf: 3 });
	});
	it("is null for a code the ranking does not have", () => {
		expect(focusSummary(ROWS, ROWS, "9999", service)).toBeNull();
	});
});

describe("rowsProvenances", () => {
	it("collects every provenance the rows show", () => {
		expect([...rowsProvenances(ROWS)].sort()).toEqual([
			"published",
			"synthetic",
		]);
	});
});
