import { ReferenceArea } from "recharts";
import type { LegendItem } from "../../charts/legend.ts";
import type { Lang } from "../../i18n/format.ts";
import { gradeWithRange } from "../../i18n/terms.ts";
import { GRADE_BAND_AREAS } from "./insiktData.ts";

/** The five grade bands with their ranges, as legend entries. */
export function gradeBandLegend(lang: Lang): LegendItem[] {
	return GRADE_BAND_AREAS.map((b) => ({
		label: gradeWithRange(b.id, lang),
		color: b.color,
		shape: "band" as const,
	}));
}

/** Grade bands drawn behind an NKI chart, clipped to its axis. */
export function gradeBandAreas(domain: [number, number]) {
	return GRADE_BAND_AREAS.filter(
		(b) => b.to > domain[0] && b.from < domain[1],
	).map((b) => (
		<ReferenceArea
			key={b.id}
			y1={Math.max(b.from, domain[0])}
			y2={Math.min(b.to, domain[1])}
			fill={b.color}
			fillOpacity={0.22}
			stroke="none"
			ifOverflow="hidden"
		/>
	));
}
