import type { FactorGroup } from "./rankingsData.ts";

/** A heading over each group of factor columns: the survey's questions, then the statistics. */
export function FactorGroupHeads({
	groups,
	survey,
	statistic,
}: {
	groups: readonly FactorGroup<{
		id: string;
		label: string;
		kind: "survey" | "statistic";
	}>[];
	survey: string;
	statistic: string;
}) {
	return groups.map((g) => (
		<th
			key={g.kind}
			scope="colgroup"
			colSpan={g.factors.length}
			className="col-group"
		>
			{g.kind === "survey" ? survey : statistic}
		</th>
	));
}
