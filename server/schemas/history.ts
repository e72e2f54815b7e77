import { nullableInt, object } from "./json.ts";

/** The `from` query parameter of the routes that answer with a history. */
export const HistoryFromProperty = {
	from: {
		type: "integer",
		minimum: 1900,
		maximum: 2100,
		description:
			"First year of the history to return; default the latest 15 years with data. history.earliestYear in the answer says how far back it goes.",
	},
} as const;

export interface HistoryFromQuery {
	from?: number;
}

export const HistoryRangeSchema = object({
	from: nullableInt,
	to: nullableInt,
	earliestYear: nullableInt,
});
