import { useId, useRef, useState } from "react";
import type {
	PlanImportRefusal,
	PlanImportResult,
	PlanIssue,
} from "../../../server/schemas/actions.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { ApiRequestError } from "../../api/http.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Panel, TableShell } from "../../ui/TableShell.tsx";
import { HeadCells } from "./HeadCells.tsx";
import { PLAN_MESSAGES } from "./messages.ts";
import { EXPORT_PATH, usePlanImportMutation } from "./queries.ts";

function isRefusal(body: unknown): body is PlanImportRefusal {
	return (
		typeof body === "object" &&
		body !== null &&
		"outcome" in body &&
		"errors" in body
	);
}

/** The plan to .xlsx, and back: a dry run first, then a confirm button that says what it will do. */
export function PlanExchange({ canEdit }: { canEdit: boolean }) {
	const { lang } = useI18n();
	const m = useMessages(PLAN_MESSAGES).exchange;
	const id = useId();
	const fileRef = useRef<HTMLInputElement>(null);
	const [file, setFile] = useState<File | null>(null);
	const [preview, setPreview] = useState<PlanImportResult | null>(null);
	const [message, setMessage] = useState<{
		text: string;
		error: boolean;
	} | null>(null);
	const upload = usePlanImportMutation();

	const send = async (dryRun: boolean) => {
		if (!file) return;
		setMessage(null);
		try {
			const result = await upload.mutateAsync({ file, dryRun });
			setPreview(dryRun ? result : null);
			const counts = [
				result.created.length,
				result.updated.length,
				result.notes.length,
			] as const;
			setMessage({
				text:
					result.outcome === "unchanged"
						? m.unchanged
						: dryRun
							? m.nothingWritten
							: m.imported(...counts),
				error: false,
			});
			if (!dryRun) {
				setFile(null);
				if (fileRef.current) fileRef.current.value = "";
			}
		} catch (error) {
			const refused =
				error instanceof ApiRequestError && isRefusal(error.body)
					? error.body
					: null;
			setPreview(refused);
			setMessage({
				text:
					error instanceof Error ? errorMessage(error, lang) : String(error),
				error: true,
			});
		}
	};

	const canConfirm =
		preview !== null &&
		preview.outcome === "dry-run" &&
		preview.errors.length === 0;

	return (
		<Panel titleId="plan-exchange" title={m.heading}>
			<p>
				<a className="button" href={EXPORT_PATH} download>
					{m.exportLink}
				</a>{" "}
				<span className="muted">{m.exportHint}</span>
			</p>
			{canEdit && (
				<form
					className="plan-import"
					onSubmit={(event) => {
						event.preventDefault();
						void send(true);
					}}
				>
					<div className="form-field">
						<label htmlFor={`${id}-file`}>{m.file}</label>
						<input
							id={`${id}-file`}
							ref={fileRef}
							type="file"
							accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
							onChange={(event) => {
								setFile(event.target.files?.[0] ?? null);
								setPreview(null);
								setMessage(null);
							}}
						/>
					</div>
					<div className="form-actions">
						<button type="submit" disabled={!file || upload.isPending}>
							{upload.isPending ? m.previewing : m.preview}
						</button>
						{preview && (
							<button
								type="button"
								className="primary"
								disabled={!canConfirm || upload.isPending}
								onClick={() => void send(false)}
							>
								{upload.isPending
									? m.importing
									: m.confirm(
											preview.created.length,
											preview.updated.length,
											preview.notes.length,
										)}
							</button>
						)}
					</div>
				</form>
			)}
			{/* Always there, so that screen readers announce what the server answered. */}
			<p
				className={message?.error ? "status error" : "status"}
				role={message?.error ? "alert" : "status"}
				data-testid="plan-import-message"
			>
				{message?.text}
			</p>
			{preview && <PlanImportPreview result={preview} />}
		</Panel>
	);
}

function PlanImportPreview({ result }: { result: PlanImportResult }) {
	const m = useMessages(PLAN_MESSAGES);
	const x = m.exchange;
	const show = (value: string | string[] | null) =>
		value === null || value.length === 0
			? x.empty
			: Array.isArray(value)
				? value.join(", ")
				: value;
	return (
		<div data-testid="plan-import-preview">
			<p className="muted">
				{result.fileName} · {x.unchangedRows(result.unchanged)}
			</p>
			<IssueTable
				title={x.errorsHeading(result.errors.length)}
				issues={result.errors}
			/>
			<PreviewList
				title={x.createdHeading(result.created.length)}
				items={result.created.map((row) => ({
					key: row.line,
					text: `${x.line(row.line)}: ${row.title}`,
					details: [],
				}))}
			/>
			<PreviewList
				title={x.updatedHeading(result.updated.length)}
				items={result.updated.map((row) => ({
					key: row.line,
					text: `${x.line(row.line)}: ${row.title}`,
					details: row.changes.map((c) =>
						x.change(m.field[c.field], show(c.oldValue), show(c.newValue)),
					),
				}))}
			/>
			<PreviewList
				title={x.notesHeading(result.notes.length)}
				items={result.notes.map((note) => ({
					key: note.line,
					text: `${x.line(note.line)}: ${note.date} ${note.text}`,
					details: [],
				}))}
			/>
			<IssueTable
				title={x.warningsHeading(result.warnings.length)}
				issues={result.warnings}
			/>
		</div>
	);
}

function IssueTable({ title, issues }: { title: string; issues: PlanIssue[] }) {
	const x = useMessages(PLAN_MESSAGES).exchange;
	if (issues.length === 0) return null;
	return (
		<TableShell
			caption={title}
			head={<HeadCells labels={[x.sheet, x.cell, x.problem]} />}
		>
			{issues.map((issue) => (
				<tr key={issue.formatted}>
					<td>{issue.sheet ?? "–"}</td>
					<td>{issue.cell ?? "–"}</td>
					<td>{issue.message}</td>
				</tr>
			))}
		</TableShell>
	);
}

/** One part of the preview: a heading and a line per row, with the row's changes under it. */
function PreviewList({
	title,
	items,
}: {
	title: string;
	items: { key: number; text: string; details: string[] }[];
}) {
	if (items.length === 0) return null;
	return (
		<>
			<h3>{title}</h3>
			<ul>
				{items.map((item) => (
					<li key={item.key}>
						{item.text}
						{item.details.length > 0 && (
							<ul>
								{item.details.map((detail) => (
									<li key={detail}>{detail}</li>
								))}
							</ul>
						)}
					</li>
				))}
			</ul>
		</>
	);
}
