import { type FormEvent, useId, useState } from "react";
import type { ImportSource } from "../../../domain/ids.ts";
import type { UploadResult } from "../../../server/schemas/imports.ts";
import { ApiRequestError } from "../../api/http.ts";
import type { PageProps } from "../../app/PageProps.ts";
import { formatDateTime } from "../../i18n/format.ts";
import { provenanceLabel } from "../../i18n/provenance.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { TableShell } from "../../ui/TableShell.tsx";
import { useImportListQuery, useUploadMutation } from "./queries.ts";
import {
	IMPORT_SOURCE_IDS,
	MAX_UPLOAD_BYTES,
	outcomeMessage,
	refusalSummary,
	SOURCE_LABELS,
	uploadErrorMessage,
} from "./uploadMessages.ts";

export default function ImportPage(_props: PageProps) {
	const { t, lang } = useI18n();
	const sv = lang === "sv";
	return (
		<article>
			<h1>{t("import.heading")}</h1>
			<p className="lead">
				{sv
					? "Ladda upp en fil från Svenskt Näringsliv, SKR Insikt eller Kolada. Först visas en förhandsgranskning (torrkörning) med rader per år, varningar och fel; inget skrivs förrän du bekräftar. En ny fil för ett år ersätter det året från samma källa, och samma fil två gånger ändrar ingenting."
					: "Upload a file from Svenskt Näringsliv, SKR Insikt or Kolada. First you see a preview (dry run) with rows per year, warnings and errors; nothing is written until you confirm. A new file for a year replaces that year from the same source, and the same file twice changes nothing."}
			</p>
			<UploadForm />
			<ImportHistory />
		</article>
	);
}

function UploadForm() {
	const { lang, num } = useI18n();
	const sv = lang === "sv";
	const uid = useId();
	/** The admin token lives in this component's state only: never in storage or the URL. */
	const [token, setToken] = useState("");
	const [file, setFile] = useState<File | null>(null);
	const [source, setSource] = useState<ImportSource | "">("");
	const [preview, setPreview] = useState<UploadResult | null>(null);
	const [message, setMessage] = useState<{
		text: string;
		error: boolean;
	} | null>(null);
	const upload = useUploadMutation();

	const send = async (dryRun: boolean) => {
		setMessage(null);
		if (!file) return;
		if (file.size > MAX_UPLOAD_BYTES) {
			setMessage({ text: uploadErrorMessage(413, "", lang), error: true });
			return;
		}
		try {
			const result = await upload.mutateAsync({
				file,
				dryRun,
				source: source === "" ? null : source,
				token,
			});
			setPreview(result);
			setMessage({ text: outcomeMessage(result, lang), error: false });
		} catch (error) {
			if (error instanceof ApiRequestError) {
				const refused =
					error.status === 422 ? refusalSummary(error.body) : null;
				setPreview(refused);
				setMessage({
					text: uploadErrorMessage(error.status, error.message, lang),
					error: true,
				});
			} else {
				setPreview(null);
				setMessage({
					text: uploadErrorMessage(
						0,
						error instanceof Error ? error.message : String(error),
						lang,
					),
					error: true,
				});
			}
		}
	};
	const onSubmit = (event: FormEvent) => {
		event.preventDefault();
		void send(true);
	};
	const canConfirm =
		preview !== null &&
		preview.outcome === "dry-run" &&
		preview.errors.length === 0 &&
		!upload.isPending;

	return (
		<section
			className="panel"
			aria-labelledby={`${uid}-title`}
			data-testid="upload"
		>
			<h2 id={`${uid}-title`}>{sv ? "Ladda upp" : "Upload"}</h2>
			<form className="form-grid" method="post" onSubmit={onSubmit}>
				<label>
					{sv ? "Admin-token" : "Admin token"}
					<input
						type="password"
						autoComplete="off"
						value={token}
						required
						onChange={(event) => setToken(event.target.value)}
					/>
					<span className="muted hint">
						{sv
							? "Finns bara i den här fliken medan sidan är öppen; sparas aldrig."
							: "Kept only in this tab while the page is open; never stored."}
					</span>
				</label>
				<label>
					{sv ? "Fil (CSV eller XLSX)" : "File (CSV or XLSX)"}
					<input
						type="file"
						accept=".csv,.txt,.tsv,.xlsx,.json"
						required
						onChange={(event) => {
							setFile(event.target.files?.[0] ?? null);
							setPreview(null);
							setMessage(null);
						}}
					/>
					{file && (
						<span className="muted hint">
							{file.name} · {num(file.size / 1024, 0)} kB
						</span>
					)}
				</label>
				<label>
					{sv ? "Format" : "Format"}
					<select
						value={source}
						onChange={(event) => {
							setSource(event.target.value as ImportSource | "");
							setPreview(null);
						}}
					>
						<option value="">
							{sv ? "Känn igen automatiskt" : "Detect automatically"}
						</option>
						{IMPORT_SOURCE_IDS.map((id) => (
							<option key={id} value={id}>
								{SOURCE_LABELS[id][lang]}
							</option>
						))}
					</select>
				</label>
				<div className="form-actions">
					<button
						type="submit"
						disabled={!file || token === "" || upload.isPending}
					>
						{sv ? "Förhandsgranska" : "Preview"}
					</button>
					<button
						type="button"
						className="primary"
						disabled={!canConfirm}
						onClick={() => void send(false)}
					>
						{sv ? "Importera" : "Import"}
					</button>
					{upload.isPending && (
						<span>
							<span className="spinner" aria-hidden="true" />
							<span className="sr-only">{sv ? "Skickar…" : "Sending…"}</span>
						</span>
					)}
				</div>
			</form>
			{message && (
				<p
					className={message.error ? "status error" : "status outcome"}
					role={message.error ? "alert" : "status"}
					data-testid="upload-message"
				>
					{message.text}
				</p>
			)}
			{preview && <Preview result={preview} />}
		</section>
	);
}

function Preview({ result }: { result: UploadResult }) {
	const { lang, num } = useI18n();
	const sv = lang === "sv";
	return (
		<div data-testid="upload-preview">
			<p className="muted">
				{result.fileName} · {SOURCE_LABELS[result.source][lang]} · SHA-256{" "}
				{result.sha256.slice(0, 12)}…
			</p>
			{result.years.length > 0 && (
				<TableShell
					caption={sv ? "Rader per år" : "Rows per year"}
					head={
						<>
							<th scope="col">{sv ? "År" : "Year"}</th>
							<th scope="col">{sv ? "Rader i filen" : "Rows in the file"}</th>
							<th scope="col">{sv ? "Rader som ersätts" : "Rows replaced"}</th>
						</>
					}
				>
					{result.years.map((y) => (
						<tr key={y.year}>
							<td>{y.year}</td>
							<td>{num(y.incoming)}</td>
							<td>{num(y.replaced)}</td>
						</tr>
					))}
				</TableShell>
			)}
			{result.errors.length > 0 && (
				<>
					<h3>
						{sv ? "Fel" : "Errors"} ({result.errors.length})
					</h3>
					<ul className="issue-list errors">
						{result.errors.map((issue) => (
							<li key={issue.formatted}>{issue.formatted}</li>
						))}
					</ul>
				</>
			)}
			{result.warnings.length > 0 && (
				<>
					<h3>
						{sv ? "Varningar" : "Warnings"} ({result.warnings.length})
					</h3>
					<ul className="issue-list">
						{result.warnings.map((issue) => (
							<li key={issue.formatted}>{issue.formatted}</li>
						))}
					</ul>
				</>
			)}
		</div>
	);
}

function ImportHistory() {
	const { lang, num } = useI18n();
	const sv = lang === "sv";
	const history = useImportListQuery();
	return (
		<section
			className="panel"
			aria-labelledby="history-title"
			data-testid="import-history"
		>
			<h2 id="history-title">{sv ? "Importhistorik" : "Import history"}</h2>
			<QueryState
				query={history}
				isEmpty={(list) => list.runs.length === 0}
				empty={
					<EmptyState title={sv ? "Inga importer ännu." : "No imports yet."} />
				}
				renderError={(error) => (
					<p>
						{sv
							? "Historiken kan inte visas: "
							: "The history cannot be shown: "}
						{error.message}
					</p>
				)}
			>
				{(list) => (
					<TableShell
						caption={
							sv
								? "Importhistorik, nyast först"
								: "Import history, newest first"
						}
						captionClassName="sr-only"
						head={
							<>
								<th scope="col">{sv ? "Fil" : "File"}</th>
								<th scope="col" className="text">
									{sv ? "Källa" : "Source"}
								</th>
								<th scope="col" className="text">
									{sv ? "Ursprung" : "Provenance"}
								</th>
								<th scope="col">{sv ? "År" : "Years"}</th>
								<th scope="col">{sv ? "Rader" : "Rows"}</th>
								<th scope="col">{sv ? "Varningar" : "Warnings"}</th>
								<th scope="col">{sv ? "Fel" : "Errors"}</th>
								<th scope="col">Status</th>
								<th scope="col">{sv ? "Tid (UTC)" : "Time (UTC)"}</th>
							</>
						}
					>
						{list.runs.map((run) => (
							<tr key={run.id}>
								<td className="text">{run.fileName}</td>
								<td className="text">
									{SOURCE_LABELS[run.source]?.[lang] ?? run.source}
								</td>
								<td className="text">
									{provenanceLabel(run.provenance, lang)}
								</td>
								<td>
									{run.years.length === 0
										? "–"
										: run.years.length > 3
											? `${run.years[0]}–${run.years.at(-1)}`
											: run.years.join(", ")}
								</td>
								<td>{num(run.rows)}</td>
								<td>{run.warnings}</td>
								<td>{run.errors}</td>
								<td>
									{run.status === "ok" ? "ok" : sv ? "misslyckad" : "failed"}
								</td>
								<td>{formatDateTime(run.startedAt, lang)}</td>
							</tr>
						))}
					</TableShell>
				)}
			</QueryState>
		</section>
	);
}
