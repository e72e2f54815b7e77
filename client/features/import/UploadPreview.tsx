import { useState } from "react";
import { describeIssue } from "../../../domain/importIssueText.ts";
import type {
	FigureChange,
	UploadIssue,
	UploadResult,
} from "../../../server/schemas/imports.ts";
import { provenanceLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { TableShell } from "../../ui/TableShell.tsx";
import { HeadCells } from "./HeadCells.tsx";
import { IMPORT_MESSAGES } from "./messages.ts";
import {
	figureKey,
	issuePage,
	provenanceOf,
	toImportIssue,
} from "./previewData.ts";
import { sourceLabel } from "./uploadOutcome.ts";

/**
 * What the file does: rows per year added, changed and removed; the published figures it
 * changes and the figures it removes (in warning style); every error and warning, 50 a page.
 */
export function UploadPreview({ result }: { result: UploadResult }) {
	const { lang, num, year } = useI18n();
	const m = useMessages(IMPORT_MESSAGES).preview;
	const { changes } = result;
	const isWrite = result.outcome === "dry-run" || result.outcome === "imported";
	return (
		<div data-testid="upload-preview">
			<p className="muted">
				{result.fileName} · {sourceLabel(result.source, lang)} · SHA-256{" "}
				{result.sha256.slice(0, 12)}…
			</p>
			{isWrite && (
				<p data-testid="change-summary">
					{m.summary(changes.added, changes.changed, changes.removed)}
				</p>
			)}
			{result.years.length > 0 && (
				<TableShell
					caption={m.rowsPerYear}
					head={
						<>
							<th scope="col">{m.year}</th>
							<th scope="col">{m.rowsInFile}</th>
							<th scope="col">{m.added}</th>
							<th scope="col">{m.changed}</th>
							<th scope="col">{m.removed}</th>
						</>
					}
				>
					{result.years.map((y) => (
						<tr key={y.year}>
							<td>{year(y.year)}</td>
							<td>{num(y.incoming)}</td>
							<td>{num(y.added)}</td>
							<td>{num(y.changed)}</td>
							<td className={y.removed > 0 ? "warning-cell" : undefined}>
								{num(y.removed)}
							</td>
						</tr>
					))}
				</TableShell>
			)}
			<FigureTable
				title={m.conflicts(changes.conflicts.total)}
				list={changes.conflicts}
				testId="conflicts"
			/>
			<FigureTable
				title={m.removals(changes.removals.total)}
				list={changes.removals}
				testId="removals"
			/>
			<IssueList
				title={m.errors(result.errorCount)}
				issues={result.errors}
				total={result.errorCount}
				className="issue-list errors"
			/>
			<IssueList
				title={m.warnings(result.warningCount)}
				issues={result.warnings}
				total={result.warningCount}
				className="issue-list"
			/>
		</div>
	);
}

function FigureTable({
	title,
	list,
	testId,
}: {
	title: string;
	list: { total: number; items: FigureChange[] };
	testId: string;
}) {
	const { lang, num, year } = useI18n();
	const m = useMessages(IMPORT_MESSAGES).preview;
	if (list.total === 0) return null;
	const provenanceName = (stored: string | null) => {
		const provenance = provenanceOf(stored);
		return provenance === null ? stored : provenanceLabel(provenance, lang);
	};
	const value = (v: FigureChange["oldValue"]) =>
		v === null ? m.none : typeof v === "number" ? num(v, 2) : v;
	return (
		<div className="warning-block" data-testid={testId}>
			<TableShell
				caption={title}
				head={
					<HeadCells
						cells={[
							{ label: m.year },
							{ label: m.municipality, isText: true },
							{ label: m.figure, isText: true },
							{ label: m.field, isText: true },
							{ label: m.stored },
							{ label: m.storedSource, isText: true },
							{ label: m.incoming },
						]}
					/>
				}
			>
				{list.items.map((item) => {
					const key = figureKey(item);
					return (
						<tr key={`${item.key.join(" ")} ${item.field}`}>
							<td>{year(key.year)}</td>
							<td className="text">{key.municipalityCode ?? m.none}</td>
							<td className="text">{key.item}</td>
							<td className="text">{item.field}</td>
							<td>{value(item.oldValue)}</td>
							<td className="text">
								{[
									provenanceName(item.oldProvenance),
									item.oldSource,
									item.oldFileName,
								]
									.filter((part) => part !== null)
									.join(" · ")}
							</td>
							<td>{value(item.newValue)}</td>
						</tr>
					);
				})}
			</TableShell>
			{list.total > list.items.length && (
				<p className="muted">{m.listedOf(list.items.length, list.total)}</p>
			)}
		</div>
	);
}

function IssueList({
	title,
	issues,
	total,
	className,
}: {
	title: string;
	issues: UploadIssue[];
	total: number;
	className: string;
}) {
	const { lang } = useI18n();
	const m = useMessages(IMPORT_MESSAGES).preview;
	const [page, setPage] = useState(0);
	if (issues.length === 0) return null;
	const shown = issuePage(issues, page);
	return (
		<>
			<h3>{title}</h3>
			<ul className={className}>
				{shown.items.map((issue) => (
					<li key={issue.formatted}>
						{describeIssue(toImportIssue(issue), lang)}
					</li>
				))}
			</ul>
			{shown.pages > 1 && (
				<nav className="form-actions" aria-label={title}>
					<button
						type="button"
						disabled={shown.page === 0}
						onClick={() => setPage(shown.page - 1)}
					>
						{m.previous}
					</button>
					<span>{m.page(shown.first, shown.last, issues.length)}</span>
					<button
						type="button"
						disabled={shown.page === shown.pages - 1}
						onClick={() => setPage(shown.page + 1)}
					>
						{m.next}
					</button>
				</nav>
			)}
			{total > issues.length && <p className="muted">{m.more(total)}</p>}
		</>
	);
}
