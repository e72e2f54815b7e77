import { useState } from "react";
import type { ImportRunSummary } from "../../../server/schemas/imports.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { ApiRequestError } from "../../api/http.ts";
import { provenanceLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { TableShell } from "../../ui/TableShell.tsx";
import { HeadCells } from "./HeadCells.tsx";
import { IMPORT_MESSAGES } from "./messages.ts";
import { useImportListQuery, useUndoMutation } from "./queries.ts";
import { sourceLabel } from "./uploadOutcome.ts";

/**
 * Every import run, newest first: file, source, provenance, years, rows, warnings, errors, time;
 * an undone run says so, a run that stands can be undone (with the admin token, or by an admin
 * logged in: `token` null).
 */
export function ImportHistory({ token }: { token: string | null }) {
	const { lang } = useI18n();
	const m = useMessages(IMPORT_MESSAGES).history;
	const history = useImportListQuery();
	const undo = useUndoMutation();
	const [message, setMessage] = useState<{
		text: string;
		error: boolean;
	} | null>(null);
	const onUndo = (run: ImportRunSummary) => {
		setMessage(null);
		undo.mutate(
			{ runId: run.id, token },
			{
				onSuccess: () =>
					setMessage({ text: m.undoDone(run.fileName), error: false }),
				onError: (error) =>
					setMessage({
						text: m.undoFailed(
							token !== null &&
								error instanceof ApiRequestError &&
								error.status === 401
								? IMPORT_MESSAGES[lang].errors[401]
								: errorMessage(error, lang),
						),
						error: true,
					}),
			},
		);
	};
	return (
		<section
			className="panel"
			aria-labelledby="history-title"
			data-testid="import-history"
		>
			<h2 id="history-title">{m.title}</h2>
			{message && (
				<p
					className={message.error ? "status error" : "status outcome"}
					role={message.error ? "alert" : "status"}
					data-testid="undo-message"
				>
					{message.text}
				</p>
			)}
			{token === "" && <p className="muted hint">{m.undoNeedsToken}</p>}
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
							<HistoryRow
								key={run.id}
								run={run}
								canUndo={run.canUndo && token !== "" && !undo.isPending}
								onUndo={() => onUndo(run)}
							/>
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
		<HeadCells
			cells={[
				{ label: m.file },
				{ label: m.source, isText: true },
				{ label: m.provenance, isText: true },
				{ label: m.years },
				{ label: m.rows },
				{ label: m.warnings },
				{ label: m.errors },
				{ label: m.status },
				{ label: m.time },
				{ label: m.undo },
			]}
		/>
	);
}

function HistoryRow({
	run,
	canUndo,
	onUndo,
}: {
	run: ImportRunSummary;
	canUndo: boolean;
	onUndo: () => void;
}) {
	const { lang, num, years, dateTime } = useI18n();
	const m = useMessages(IMPORT_MESSAGES).history;
	return (
		<tr className={run.undoneAt !== null ? "undone" : undefined}>
			<td className="text">{run.fileName}</td>
			<td className="text">{sourceLabel(run.source, lang)}</td>
			<td className="text">{provenanceLabel(run.provenance, lang)}</td>
			<td>{years(run.years, 3)}</td>
			<td>{num(run.rows)}</td>
			<td>{num(run.warnings)}</td>
			<td>{num(run.errors)}</td>
			<td>
				{run.undoneAt !== null
					? m.undone(dateTime(run.undoneAt))
					: run.status === "ok"
						? m.ok
						: m.failed}
			</td>
			<td>{dateTime(run.startedAt)}</td>
			<td>
				{run.canUndo && (
					<button
						type="button"
						disabled={!canUndo}
						aria-label={m.undoLabel(run.fileName)}
						onClick={onUndo}
					>
						{m.undo}
					</button>
				)}
			</td>
		</tr>
	);
}
