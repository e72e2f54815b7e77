import type { Static } from "@sinclair/typebox";
import { Int, List, Obj } from "./json.ts";

export const DataYearsSchema = Obj({
	/** Years with a total rank for at least one municipality. */
	rankingYears: List(Int),
	/** Years with any survey or factor score. */
	scoreYears: List(Int),
	insiktYears: List(Int),
});
export type DataYears = Static<typeof DataYearsSchema>;
