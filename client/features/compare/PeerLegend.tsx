import { useMessages } from "../../i18n/useI18n.ts";
import type { PeerSeries } from "./compareData.ts";
import { COMPARE_MESSAGES } from "./messages.ts";

/**
 * The lines' legend as buttons: pointing at one, or moving the keyboard focus to it, draws that
 * municipality's line strong and the others faint; pressing it keeps the highlight.
 */
export function PeerLegend({
	series,
	pinned,
	onHover,
	onPin,
}: {
	series: readonly PeerSeries[];
	pinned: string | null;
	onHover: (code: string | null) => void;
	onPin: (code: string | null) => void;
}) {
	const m = useMessages(COMPARE_MESSAGES).ranks;
	return (
		<div className="peer-legend-block">
			<p className="muted" id="peer-legend-help">
				{m.legendHelp}
			</p>
			<ul className="peer-legend" aria-describedby="peer-legend-help">
				{series.map((s) => (
					<li key={s.code}>
						<button
							type="button"
							aria-pressed={pinned === s.code}
							onMouseEnter={() => onHover(s.code)}
							onMouseLeave={() => onHover(null)}
							onFocus={() => onHover(s.code)}
							onBlur={() => onHover(null)}
							onClick={() => onPin(pinned === s.code ? null : s.code)}
						>
							<svg
								width="22"
								height="10"
								viewBox="0 0 22 10"
								aria-hidden="true"
							>
								<line
									x1="0"
									y1="5"
									x2="22"
									y2="5"
									stroke={s.color}
									strokeWidth={s.isChosen ? 3 : 2}
									strokeDasharray={s.dash}
								/>
							</svg>
							{s.name}
						</button>
					</li>
				))}
			</ul>
		</div>
	);
}
