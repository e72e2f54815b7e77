import { array, int, object } from "./json.ts";

export interface DataYears {
	/** Years with a total rank for at least one municipality. */
	rankingYears: number[];
	/** Years with any survey or factor score. */
	scoreYears: number[];
	insiktYears: number[];
}

export const DataYearsSchema = object({
	rankingYears: array(int),
	scoreYears: array(int),
	insiktYears: array(int),
});
