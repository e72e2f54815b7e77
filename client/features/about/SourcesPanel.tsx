import { useYearsQuery } from "../../api/years.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { Panel } from "../../ui/TableShell.tsx";
import { ABOUT_MESSAGES } from "./messages.ts";

/** Where the figures come from, under which terms, and which years are loaded. */
export function SourcesPanel() {
	const { years: span } = useI18n();
	const m = useMessages(ABOUT_MESSAGES).sources;
	const years = useYearsQuery();
	return (
		<Panel titleId="sources-title" title={m.title}>
			<ul>
				<li>
					<strong>Svenskt Näringsliv, Lokalt företagsklimat</strong>{" "}
					(foretagsklimat.se). {m.sn}
				</li>
				<li>
					<strong>SKR Insikt</strong> {m.through} <strong>Kolada</strong>{" "}
					(api.kolada.se). {m.insikt}
				</li>
				<li>
					<strong>{m.municipalities}</strong>: {m.municipalitiesText}
				</li>
			</ul>
			<QueryState query={years}>
				{(y) => (
					<p className="muted">
						{m.loadedYears(
							span(y.rankingYears),
							span(y.scoreYears),
							span(y.insiktYears),
						)}
					</p>
				)}
			</QueryState>
		</Panel>
	);
}
