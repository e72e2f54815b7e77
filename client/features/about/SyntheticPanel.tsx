import type { ImportRunSummary } from "../../../server/schemas/imports.ts";
import { provenanceLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { Panel, TableShell } from "../../ui/TableShell.tsx";
import { useImportListQuery } from "../import/queries.ts";
import { ABOUT_MESSAGES } from "./messages.ts";

/** What is synthetic and why, how it is marked, and the files loaded with their provenance. */
export function SyntheticPanel() {
	const m = useMessages(ABOUT_MESSAGES).synthetic;
	const imports = useImportListQuery();
	return (
		<Panel titleId="synthetic-title" title={m.title}>
			<p>{m.why}</p>
			<ul>
				<li>{m.seeded}</li>
				<li>{m.marked}</li>
				<li>{m.notQuoted}</li>
			</ul>
			<QueryState query={imports} renderError={() => null}>
				{(list) => (
					<LoadedFiles runs={list.runs.filter((r) => r.status === "ok")} />
				)}
			</QueryState>
		</Panel>
	);
}

function LoadedFiles({ runs }: { runs: ImportRunSummary[] }) {
	const { lang, num, years } = useI18n();
	const m = useMessages(ABOUT_MESSAGES).synthetic;
	if (runs.length === 0) return null;
	return (
		<TableShell
			caption={m.loadedFiles}
			head={
				<>
					<th scope="col">{m.file}</th>
					<th scope="col" className="text">
						{m.provenance}
					</th>
					<th scope="col">{m.years}</th>
					<th scope="col">{m.rows}</th>
				</>
			}
		>
			{runs.map((r) => (
				<tr key={r.id}>
					<td>{r.fileName}</td>
					<td className="text">{provenanceLabel(r.provenance, lang)}</td>
					<td>{years(r.years)}</td>
					<td>{num(r.rows)}</td>
				</tr>
			))}
		</TableShell>
	);
}
