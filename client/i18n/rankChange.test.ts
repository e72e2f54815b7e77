import { describe, expect, it } from "vitest";
import {
	formatRankChange,
	rankChangeParts,
	rankChangeWords,
} from "./rankChange.ts";

describe("formatRankChange", () => {
	it("writes the direction once, by arrow and word, never as a sign", () => {
		expect(formatRankChange(9, "sv")).toBe("▲ 9 placeringar upp");
		expect(formatRankChange(-1, "sv")).toBe("▼ 1 placering ned");
		expect(formatRankChange(9, "en")).toBe("▲ 9 places up");
		expect(formatRankChange(-1, "en")).toBe("▼ 1 place down");
	});
	it("uses the plural for every count but one", () => {
		expect(formatRankChange(1, "sv")).toBe("▲ 1 placering upp");
		expect(formatRankChange(-3, "sv")).toBe("▼ 3 placeringar ned");
		expect(formatRankChange(1, "en")).toBe("▲ 1 place up");
		expect(formatRankChange(-21, "en")).toBe("▼ 21 places down");
	});
	it("says no change in words, and nothing for a missing change", () => {
		expect(formatRankChange(0, "sv")).toBe("samma placering");
		expect(formatRankChange(0, "en")).toBe("same rank");
		expect(formatRankChange(null, "sv")).toBe("–");
	});
	it("groups a large count but never signs it", () => {
		expect(formatRankChange(-1200, "sv")).toBe("▼ 1\u00a0200 placeringar ned");
	});
});

describe("rankChangeParts and rankChangeWords", () => {
	it("splits a change for a card: the arrow and size large, the words below", () => {
		expect(rankChangeParts(9, "sv")).toEqual({
			arrow: "▲",
			size: "9",
			words: "placeringar upp",
		});
		expect(rankChangeParts(-1, "en")).toEqual({
			arrow: "▼",
			size: "1",
			words: "place down",
		});
		expect(rankChangeParts(0, "sv")).toEqual({
			arrow: "",
			size: "0",
			words: "samma placering",
		});
	});
	it("words a change for a sentence without the arrow", () => {
		expect(rankChangeWords(3, "sv")).toBe("3 placeringar upp");
		expect(rankChangeWords(-1, "en")).toBe("1 place down");
		expect(rankChangeWords(0, "en")).toBe("same rank");
	});
});
