import type { Lang } from "../i18n/format.ts";
import { rankChangeParts } from "../i18n/rankChange.ts";

interface RankChangeProps {
	/** Places climbed (positive) or fallen (negative); null when there is no earlier rank. */
	change: number | null;
	/**
	 * "hidden": the words for screen readers only, where a column heading says what the number is;
	 * "none": left out, where the words are shown beside the value (a figure card's detail line).
	 */
	words?: "hidden" | "none";
	lang: Lang;
}

/** "▲ 9": a rank change with its direction written once; the arrow is for the eye only. */
export function RankChange({
	change,
	words = "hidden",
	lang,
}: RankChangeProps) {
	if (change === null) return "–";
	const parts = rankChangeParts(change, lang);
	if (parts.arrow === "" && words === "hidden")
		return (
			<>
				<span aria-hidden="true">{parts.size}</span>
				<span className="sr-only">{parts.words}</span>
			</>
		);
	return (
		<>
			{parts.arrow !== "" && <span aria-hidden="true">{parts.arrow} </span>}
			{parts.size}
			{words === "hidden" && <span className="sr-only"> {parts.words}</span>}
		</>
	);
}
