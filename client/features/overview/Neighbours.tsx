import type { GapToTop10 } from "../../../analysis/gapToTop10.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Link, useLocation } from "../../state/router.ts";
import { PARAM, patchSearch } from "../../state/urlState.ts";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { OVERVIEW_MESSAGES } from "./messages.ts";

/**
 * The municipalities just above and below in the year's ranking; each links to its own view. A
 * published rank can sit beside a synthetic score, so either one marks the row.
 */
export function Neighbours({ gap }: { gap: GapToTop10 }) {
	const { num } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES).neighbours;
	const location = useLocation();
	const rows = [
		...gap.neighbours.above,
		{
			code: gap.code,
			name: gap.name,
			rank: gap.rank,
			score: null,
			provenance: null,
			scoreProvenance: null,
		},
		...gap.neighbours.below,
	];
	return (
		<section
			className="panel"
			aria-labelledby="neighbours-title"
			data-testid="neighbours"
		>
			<h2 id="neighbours-title">{m.title(gap.year)}</h2>
			{gap.neighbours.above.length + gap.neighbours.below.length === 0 ? (
				<p className="muted">{m.none}</p>
			) : (
				<ol className="neighbour-list">
					{rows.map((row) => {
						const isUs = row.code === gap.code;
						return (
							<li
								key={row.code}
								className={isUs ? "is-us" : undefined}
								aria-current={isUs ? "true" : undefined}
							>
								<span className="neighbour-rank">{num(row.rank)}</span>
								{isUs ? (
									<strong>{row.name}</strong>
								) : (
									<Link
										href={`${location.pathname}${patchSearch(location.search, {
											[PARAM.municipality]: row.code,
											[PARAM.whatIf]: null,
										})}`}
									>
										{row.name}
									</Link>
								)}
								{row.score !== null && (
									<span className="muted"> {num(row.score, 2)}</span>
								)}
								<SyntheticBadge
									show={
										row.provenance === "synthetic" ||
										row.scoreProvenance === "synthetic"
									}
								/>
							</li>
						);
					})}
				</ol>
			)}
		</section>
	);
}
