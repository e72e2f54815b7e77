import type { ImportRunSummary } from "../../../server/schemas/imports.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { provenanceLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { TableShell } from "../../ui/TableShell.tsx";
import { IMPORT_MESSAGES } from "./messages.ts";
import { useImportListQuery } from "./queries.ts";
import { sourceLabel } from "./uploadOutcome.ts";

/** Every import run, newest first: file, source, provenance, years, rows, warnings, errors, time. */
export function ImportHistory() {
	const { lang } = useI18n();
	const m = useMessages(IMPORT_MESSAGES).history;
	const history = useImportListQuery();
	return (
		<section
			className="panel"
			aria-labelledby="history-title"
			data-testid="import-history"
		>
			<h2 id="history-title">{m.title}</h2>
			<QueryState
				query={history}
				isEmpty={(list) => list.runs.length === 0}
				empty={<EmptyState title={m.none} />}
				renderError={(error) => (
					<p>
						{m.cannotShow}
						{errorMessage(error, lang)}
					</p>
				)}
			>
				{(list) => (
					<TableShell
						caption={m.caption}
						captionClassName="sr-only"
						head={<HistoryHead />}
					>
						{list.runs.map((run) => (
							<HistoryRow key={run.id} run={run} />
						))}
					</TableShell>
				)}
			</QueryState>
		</section>
	);
}

function HistoryHead() {
	const m = useMessages(IMPORT_MESSAGES).history;
	return (
		<>
			<th scope="col">{m.file}</th>
			<th scope="col" className="text">
				{m.source}
			</th>
			<th scope="col" className="text">
				{m.provenance}
			</th>
			<th scope="col">{m.years}</th>
			<th scope="col">{m.rows}</th>
			<th scope="col">{m.warnings}</th>
			<th scope="col">{m.errors}</th>
			<th scope="col">{m.status}</th>
			<th scope="col">{m.time}</th>
		</>
	);
}

function HistoryRow({ run }: { run: ImportRunSummary }) {
	const { lang, num, years, dateTime } = useI18n();
	const m = useMessages(IMPORT_MESSAGES).history;
	return (
		<tr>
			<td className="text">{run.fileName}</td>
			<td className="text">{sourceLabel(run.source, lang)}</td>
			<td className="text">{provenanceLabel(run.provenance, lang)}</td>
			<td>{years(run.years, 3)}</td>
			<td>{num(run.rows)}</td>
			<td>{num(run.warnings)}</td>
			<td>{num(run.errors)}</td>
			<td>{run.status === "ok" ? m.ok : m.failed}</td>
			<td>{dateTime(run.startedAt)}</td>
		</tr>
	);
}
