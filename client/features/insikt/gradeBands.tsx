import { ReferenceArea } from "recharts";
import { GRADE_BAND_AREAS } from "./insiktData.ts";

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
