import { useYearsQuery } from "../../api/years.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { Panel } from "../../ui/TableShell.tsx";
import { ABOUT_MESSAGES } from "./messages.ts";

/** Where the figures come from, under which terms, and which years are loaded. */
export function SourcesPanel() {
	const { years: span, year } = useI18n();
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
				{(y) => {
					const incomplete = y.coverage.ranking.filter((c) => !c.complete);
					return (
						<>
							<p className="muted">
								{m.loadedYears(
									span(y.rankingYears),
									span(y.scoreYears),
									span(y.insiktYears),
								)}
							</p>
							<p data-testid="complete-years">
								{m.complete(
									year(y.latestComplete.ranking),
									year(y.latestComplete.scores),
									year(y.latestComplete.insikt),
								)}
							</p>
							{incomplete.length > 0 && (
								<p className="muted">
									{m.incomplete(
										incomplete
											.map((c) => m.yearCount(c.year, c.municipalities))
											.join(", "),
									)}
								</p>
							)}
						</>
					);
				}}
			</QueryState>
		</Panel>
	);
}
