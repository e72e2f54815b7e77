import type { Static } from "@sinclair/typebox";
import type { HistoryRange } from "../../analysis/historyWindow.ts";
import { sameShape } from "./assertSameShape.ts";
import { optionalYear } from "./common.ts";
import { NullableInt, Obj } from "./json.ts";

/** The `from` query parameter of the routes that answer with a history. */
export const HistoryFromProperty = {
	from: optionalYear(
		"First year of the history to return; default the latest 15 years with data. history.earliestYear in the answer says how far back it goes.",
		1900,
	),
};

export const HistoryRangeSchema = Obj({
	from: NullableInt,
	to: NullableInt,
	earliestYear: NullableInt,
});
sameShape<HistoryRange, Static<typeof HistoryRangeSchema>>(true);
