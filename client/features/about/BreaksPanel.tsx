import { midSentence } from "../../i18n/messages.ts";
import { areaLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { useSelection } from "../../state/selection.ts";
import { Panel, TableShell } from "../../ui/TableShell.tsx";
import { useInsiktQuery } from "../insikt/queries.ts";
import { ABOUT_MESSAGES } from "./messages.ts";

/** SN's method change of 2020 and every change in what NKI totalt covers. */
export function BreaksPanel() {
	const { lang, year } = useI18n();
	const m = useMessages(ABOUT_MESSAGES).breaks;
	const { code } = useSelection();
	const insikt = useInsiktQuery(code, null);
	const definitions = insikt.data?.definitions ?? [];
	const breaks = insikt.data?.summary?.definitionBreaks ?? [];
	const names = (areas: readonly string[]) =>
		areas.map((a) => midSentence(areaLabel(a, lang)));
	return (
		<Panel titleId="breaks-title" title={m.title}>
			<ul>
				<li>
					<strong>{m.snLabel}</strong> {m.sn}
				</li>
				{breaks.map((b) => (
					<li key={b.year}>
						<strong>{m.insiktLabel(b.year)}</strong>{" "}
						{m.insikt(names(b.removed), names(b.added))}
					</li>
				))}
				{breaks.length === 0 && definitions.length === 0 && (
					<li className="muted">{m.noDefinitions}</li>
				)}
			</ul>
			{definitions.length > 0 && (
				<TableShell
					caption={m.areasPerYear}
					head={
						<>
							<th scope="col">{m.year}</th>
							<th scope="col" className="text">
								{m.areas}
							</th>
						</>
					}
				>
					{definitions.map((d) => (
						<tr key={d.year}>
							<td>{year(d.year)}</td>
							<td className="text wrap">
								{d.areas.map((a) => areaLabel(a, lang)).join(", ")}
							</td>
						</tr>
					))}
				</TableShell>
			)}
		</Panel>
	);
}
