import { describe, expect, it } from "vitest";
import type { PeerGroup } from "../../../server/schemas/compare.ts";
import {
	compareCodes,
	displayParam,
	parseRankingsView,
	selectionCodes,
	withinParam,
} from "./rankingsView.ts";

const view = (text: string) => parseRankingsView(new URLSearchParams(text));

describe("parseRankingsView", () => {
	it("reads no parameters as all municipalities, values and ranks, national ranks", () => {
		expect(view("")).toEqual({
			selection: { kind: "all" },
			search: "",
			withinSelection: false,
			display: "both",
		});
	});
	it("reads a group, a search, ranks within the selection and a display", () => {
		expect(
			view("grupp=kommungrupp:A2&sok=parti&rang=urval&visa=placering"),
		).toEqual({
			selection: { kind: "group", group: "kommungrupp:A2" },
			search: "parti",
			withinSelection: true,
			display: "rank",
		});
		expect(view("visa=varde").display).toBe("value");
	});
	it("prefers an own list to a group, and ignores bad values", () => {
		expect(view("grupp=GR&koder=1402,x,1401").selection).toEqual({
			kind: "codes",
			codes: ["1402", "1401"],
		});
		expect(view("grupp=nonsense&rang=ja&visa=allt")).toMatchObject({
			selection: { kind: "all" },
			withinSelection: false,
			display: "both",
		});
	});
	it("writes the defaults as no parameter", () => {
		expect(displayParam("both")).toBeNull();
		expect(displayParam("value")).toBe("varde");
		expect(withinParam(false)).toBeNull();
		expect(withinParam(true)).toBe("urval");
	});
});

describe("selectionCodes and compareCodes", () => {
	const groups = [{ id: "GR", codes: ["1402", "1401"] }] as PeerGroup[];
	it("gives a group's members, an own list, or null for all", () => {
		expect(selectionCodes({ kind: "all" }, groups)).toBeNull();
		expect([
			...(selectionCodes({ kind: "group", group: "GR" }, groups) ?? []),
		]).toEqual(["1402", "1401"]);
		expect(
			selectionCodes({ kind: "group", group: "lan:14" }, groups)?.size,
		).toBe(0);
		expect([
			...(selectionCodes({ kind: "codes", codes: ["0114"] }, groups) ?? []),
		]).toEqual(["0114"]);
	});
	it("adds the focus municipality for Jämför, and refuses more than 30", () => {
		expect(compareCodes(["1401"], "1402")).toEqual(["1402", "1401"]);
		expect(compareCodes(["1402", "1401"], "1402")).toEqual(["1402", "1401"]);
		expect(
			compareCodes(
				Array.from({ length: 30 }, (_, i) => String(1000 + i)),
				"1402",
			),
		).toBeNull();
	});
});
