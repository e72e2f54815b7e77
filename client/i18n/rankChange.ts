import { formatNumber, type Lang } from "./format.ts";
import { defineMessages } from "./messages.ts";

export const RANK_CHANGE_WORDS = defineMessages({
	sv: {
		one: "placering",
		other: "placeringar",
		up: "upp",
		down: "ned",
		same: "samma placering",
	},
	en: {
		one: "place",
		other: "places",
		up: "up",
		down: "down",
		same: "same rank",
	},
});

/** A rank change in its parts: the arrow, the size without a sign, and the noun with the direction. */
export interface RankChangeParts {
	arrow: "▲" | "▼" | "";
	size: string;
	/** "placeringar upp", "placering ned"; "samma placering" for no change. */
	words: string;
}

/**
 * Places climbed (positive) or fallen (negative), the direction said once, by the arrow and the
 * word: 9 → ▲ "9" "placeringar upp", -1 → ▼ "1" "placering ned", never "+9" or "-1".
 */
export function rankChangeParts(change: number, lang: Lang): RankChangeParts {
	const m = RANK_CHANGE_WORDS[lang];
	const places = Math.abs(Math.round(change));
	const size = formatNumber(places, 0, lang);
	if (places === 0) return { arrow: "", size, words: m.same };
	const noun = places === 1 ? m.one : m.other;
	return change > 0
		? { arrow: "▲", size, words: `${noun} ${m.up}` }
		: { arrow: "▼", size, words: `${noun} ${m.down}` };
}

/** "9 placeringar upp", "1 placering ned", "samma placering": for sentences, without the arrow. */
export function rankChangeWords(change: number, lang: Lang): string {
	const { size, words, arrow } = rankChangeParts(change, lang);
	return arrow === "" ? words : `${size} ${words}`;
}

/** "▲ 9 placeringar upp", "▼ 1 placering ned", "samma placering"; "–" when there is none. */
export function formatRankChange(
	change: number | null | undefined,
	lang: Lang,
): string {
	if (change === null || change === undefined || !Number.isFinite(change))
		return "–";
	const { arrow } = rankChangeParts(change, lang);
	const words = rankChangeWords(change, lang);
	return arrow === "" ? words : `${arrow} ${words}`;
}
