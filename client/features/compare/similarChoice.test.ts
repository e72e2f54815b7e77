import { describe, expect, it } from "vitest";
import type { SimilarReport } from "../../../server/schemas/similar.ts";
import {
	isSimilarPeerList,
	parseSimilarChoice,
	serialiseSimilarChoice,
	similarParams,
	similarPeerCodes,
} from "./similarChoice.ts";

const params = (text: string) => new URLSearchParams(text);

describe("parseSimilarChoice", () => {
	it("reads nothing as the API's default", () => {
		expect(parseSimilarChoice(params(""))).toEqual({
			indicators: null,
			count: null,
		});
	});
	it("reads indicators with their weights and a count", () => {
		expect(
			parseSimilarChoice(
				params("indikatorer=kommungrupp,nki:bygglov&vikter=1,2.5&antal=12"),
			),
		).toEqual({
			indicators: [
				{ id: "kommungrupp", weight: 1 },
				{ id: "nki:bygglov", weight: 2.5 },
			],
			count: 12,
		});
	});
	it("gives every indicator weight 1 when the weights do not match, and ignores bad counts", () => {
		const choice = parseSimilarChoice(
			params("indikatorer=service,Bad!,service,foretagande&vikter=3&antal=21"),
		);
		expect(choice.indicators).toEqual([
			{ id: "service", weight: 1 },
			{ id: "foretagande", weight: 1 },
		]);
		expect(choice.count).toBeNull();
		expect(parseSimilarChoice(params("antal=0")).count).toBeNull();
	});
});

describe("serialiseSimilarChoice", () => {
	const choice = (weights: Record<string, number>, count: number) => ({
		indicators: Object.entries(weights).map(([id, weight]) => ({ id, weight })),
		count,
	});
	it("leaves out weights of 1 and the default count", () => {
		expect(
			serialiseSimilarChoice(choice({ kommungrupp: 1, service: 1 }, 7)),
		).toEqual({
			indikatorer: "kommungrupp,service",
			vikter: null,
			antal: null,
		});
	});
	it("writes the weights when any differs, and drops weight 0", () => {
		expect(
			serialiseSimilarChoice(
				choice({ kommungrupp: 2, service: 0, "nki:bygglov": 0.5 }, 20),
			),
		).toEqual({
			indikatorer: "kommungrupp,nki:bygglov",
			vikter: "2,0.5",
			antal: "20",
		});
	});
	it("round-trips through the URL", () => {
		const choice = {
			indicators: [
				{ id: "kommungrupp", weight: 1 },
				{ id: "nki:miljo-halsoskydd", weight: 3 },
			],
			count: 5,
		};
		const patch = serialiseSimilarChoice(choice);
		const search = new URLSearchParams(
			Object.entries(patch).filter((e): e is [string, string] => e[1] !== null),
		);
		expect(parseSimilarChoice(search)).toEqual(choice);
	});
});

describe("similarParams", () => {
	it("asks the API for the default when nothing is chosen", () => {
		expect(similarParams({ indicators: null, count: null })).toEqual({
			indicators: null,
			weights: null,
			count: null,
		});
	});
});

describe("similar peer lists", () => {
	const report = {
		municipality: { code: "1402" },
		similar: [{ code: "1401" }, { code: "1481" }],
	} as unknown as SimilarReport;
	it("puts the municipality first", () => {
		expect(similarPeerCodes(report)).toEqual(["1402", "1401", "1481"]);
	});
	it("recognises the list in any order, and nothing else", () => {
		expect(isSimilarPeerList(["1481", "1402", "1401"], report)).toBe(true);
		expect(isSimilarPeerList(["1402", "1401"], report)).toBe(false);
		expect(isSimilarPeerList(["1402", "1401", "1481"], undefined)).toBe(false);
	});
});
