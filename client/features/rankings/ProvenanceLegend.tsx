import { useMessages } from "../../i18n/useI18n.ts";
import { RANKINGS_MESSAGES } from "./messages.ts";

/** How the table marks each figure's provenance, and where the factor ranks come from. */
export function ProvenanceLegend() {
	const m = useMessages(RANKINGS_MESSAGES).marks;
	return (
		<div className="provenance-legend muted">
			<p>
				<strong>{m.title}:</strong> {m.published}{" "}
				<span>
					<sup className="provenance-mark" aria-hidden="true">
						{m.importedMark}
					</sup>{" "}
					{m.imported}
				</span>{" "}
				<span className="synthetic-value">{m.synthetic}</span>
			</p>
			<p>{m.ranks}</p>
		</div>
	);
}
