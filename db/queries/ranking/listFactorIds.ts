import { TOTAL_FACTOR_ID } from "../../../domain/ids.ts";
import type { Db } from "../../client.ts";
import { snFactor } from "../../schema.ts";

export interface FactorLabelRow {
	id: string;
	/** The label of the latest year that has the factor. */
	label: string;
	/** Of the factor's score; the total has no score of its own (its rank is the figure). */
	higherIsBetter: boolean;
}

/**
 * Every SN factor id any stored year has, with its latest label, plus the total rank (which is
 * not a factor of sn_factor): the ids an action may aim at.
 */
export function listFactorLabels(db: Db): FactorLabelRow[] {
	const latest = new Map<string, FactorLabelRow & { year: number }>();
	for (const row of db
		.select({
			year: snFactor.year,
			id: snFactor.id,
			label: snFactor.label,
			higherIsBetter: snFactor.higherIsBetter,
		})
		.from(snFactor)
		.all()) {
		const seen = latest.get(row.id);
		if (!seen || seen.year < row.year) latest.set(row.id, row);
	}
	const factors = [...latest.values()]
		.map(({ id, label, higherIsBetter }) => ({ id, label, higherIsBetter }))
		.sort((a, b) => a.id.localeCompare(b.id));
	return [
		{ id: TOTAL_FACTOR_ID, label: "Totalranking", higherIsBetter: true },
		...factors,
	];
}
