import type {
	UploadIssue,
	UploadResult,
} from "../../../server/schemas/imports.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { TableShell } from "../../ui/TableShell.tsx";
import { IMPORT_MESSAGES } from "./messages.ts";
import { sourceLabel } from "./uploadOutcome.ts";

/** What the file brings: rows per year, and every error and warning with its file:line. */
export function UploadPreview({ result }: { result: UploadResult }) {
	const { lang, num, year } = useI18n();
	const m = useMessages(IMPORT_MESSAGES).preview;
	return (
		<div data-testid="upload-preview">
			<p className="muted">
				{result.fileName} · {sourceLabel(result.source, lang)} · SHA-256{" "}
				{result.sha256.slice(0, 12)}…
			</p>
			{result.years.length > 0 && (
				<TableShell
					caption={m.rowsPerYear}
					head={
						<>
							<th scope="col">{m.year}</th>
							<th scope="col">{m.rowsInFile}</th>
							<th scope="col">{m.rowsReplaced}</th>
						</>
					}
				>
					{result.years.map((y) => (
						<tr key={y.year}>
							<td>{year(y.year)}</td>
							<td>{num(y.incoming)}</td>
							<td>{num(y.replaced)}</td>
						</tr>
					))}
				</TableShell>
			)}
			<IssueList
				title={m.errors(result.errors.length)}
				issues={result.errors}
				className="issue-list errors"
			/>
			<IssueList
				title={m.warnings(result.warnings.length)}
				issues={result.warnings}
				className="issue-list"
			/>
		</div>
	);
}

function IssueList({
	title,
	issues,
	className,
}: {
	title: string;
	issues: UploadIssue[];
	className: string;
}) {
	if (issues.length === 0) return null;
	return (
		<>
			<h3>{title}</h3>
			<ul className={className}>
				{issues.map((issue) => (
					<li key={issue.formatted}>{issue.formatted}</li>
				))}
			</ul>
		</>
	);
}
