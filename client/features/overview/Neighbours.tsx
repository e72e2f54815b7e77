import type { GapToTop10 } from "../../../analysis/gapToTop10.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Link, useLocation } from "../../state/router.ts";
import { PARAM, patchSearch } from "../../state/urlState.ts";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { OVERVIEW_MESSAGES } from "./messages.ts";

type Row = GapToTop10["neighbours"]["above"][number];
type NeighbourMessages = (typeof OVERVIEW_MESSAGES)["sv"]["neighbours"];

/** Which of the row's figures is synthetic, in words; null when none is. */
export function syntheticFigures(
	row: Pick<Row, "provenance" | "score" | "scoreProvenance">,
	m: NeighbourMessages,
): string | null {
	const rank = row.provenance === "synthetic";
	const score = row.score !== null && row.scoreProvenance === "synthetic";
	if (rank && score) return m.rankAndScore;
	if (rank) return m.rank;
	if (score) return m.score;
	return null;
}

/**
 * The municipalities just above and below in the year's ranking; each links to its own view. A
 * published rank can sit beside a synthetic score, so the badge says which figure it means.
 */
export function Neighbours({ gap }: { gap: GapToTop10 }) {
	const { num } = useI18n();
	const m = useMessages(OVERVIEW_MESSAGES).neighbours;
	const location = useLocation();
	const rows: (Omit<Row, "provenance"> & {
		provenance: Row["provenance"] | null;
	})[] = [
		...gap.neighbours.above,
		{
			code: gap.code,
			name: gap.name,
			rank: gap.rank,
			score: null,
			provenance: gap.rankProvenance,
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
								)}{" "}
								<NeighbourBadge row={row} />
							</li>
						);
					})}
				</ol>
			)}
		</section>
	);
}

function NeighbourBadge({
	row,
}: {
	row: Pick<Row, "score" | "scoreProvenance"> & {
		provenance: Row["provenance"] | null;
	};
}) {
	const m = useMessages(OVERVIEW_MESSAGES).neighbours;
	const what = syntheticFigures(
		{ ...row, provenance: row.provenance ?? "published" },
		m,
	);
	return <SyntheticBadge show={what !== null} what={what ?? undefined} />;
}
