import type { MunicipalityYear } from "../domain/figures.ts";
import type { Model } from "./model.ts";
import { spearman } from "./spearman.ts";

/** How well the modelled ranks reproduce the published ranks of the same year. */
export interface ModelFit {
	spearman: number | null;
	/** Share (0–1) of municipalities whose modelled rank is within ±5 places of the published. */
	shareWithin5: number | null;
	shareWithin10: number | null;
	/** Municipalities with both a published and a modelled rank. */
	n: number;
}

export function measureFit(
	model: Model,
	rows: readonly MunicipalityYear[],
): ModelFit {
	const pairs = rows.flatMap((row) => {
		const modelled = model.ranks[row.code];
		return row.rank === null || modelled === undefined
			? []
			: [{ published: row.rank, modelled }];
	});
	const n = pairs.length;
	const shareWithin = (places: number) =>
		n === 0
			? null
			: pairs.filter((p) => Math.abs(p.published - p.modelled) <= places)
					.length / n;
	return {
		spearman: spearman(
			pairs.map((p) => p.published),
			pairs.map((p) => p.modelled),
		),
		shareWithin5: shareWithin(5),
		shareWithin10: shareWithin(10),
		n,
	};
}
