import { GRADE_BAND_IDS } from "../../../domain/insikt.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { gradeWithRange } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { useSelection } from "../../state/selection.ts";
import { useYear } from "../../state/useYear.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { Panel } from "../../ui/TableShell.tsx";
import { ModelBox } from "../factors/ModelBox.tsx";
import { useGapQuery } from "../factors/queries.ts";
import { ABOUT_MESSAGES } from "./messages.ts";

/** The trend, the May signal, the model (with the year's fit) and SKR's grades, in words. */
export function MethodsPanel() {
	const { lang } = useI18n();
	const m = useMessages(ABOUT_MESSAGES).methods;
	const { code } = useSelection();
	const { year, isPending } = useYear();
	const gap = useGapQuery(code, year, !isPending);
	return (
		<Panel titleId="methods-title" title={m.title}>
			<h3>{m.trendTitle}</h3>
			<p>{m.trend}</p>
			<h3>{m.maySignalTitle}</h3>
			<p>{m.maySignal}</p>
			<h3>{m.modelTitle}</h3>
			<p>{m.model}</p>
			<QueryState
				query={gap}
				renderError={(error) => (
					<p className="muted">{errorMessage(error, lang)}</p>
				)}
			>
				{(report) => (
					<ModelBox model={report.model} year={report.year} sticky={false} />
				)}
			</QueryState>
			<p className="muted">{m.weights}</p>
			{[
				[m.yearTitle, m.year],
				[m.provenanceTitle, m.provenance],
				[m.factorRanksTitle, m.factorRanks],
				[m.smallestTitle, m.smallest],
			].map(([title, text]) => (
				<section key={title}>
					<h3>{title}</h3>
					<p>{text}</p>
				</section>
			))}
			<h3>{m.insiktTitle}</h3>
			<p>
				{m.grades(
					GRADE_BAND_IDS.map((id) => gradeWithRange(id, lang)).join(", "),
				)}{" "}
				{m.insiktRanks}
			</p>
		</Panel>
	);
}
