import { type FormEvent, useId, useState } from "react";
import type { ImportSource } from "../../../domain/ids.ts";
import type { UploadResult } from "../../../server/schemas/imports.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { IMPORT_MESSAGES } from "./messages.ts";
import { confirmCounts, isRiskyImport } from "./previewData.ts";
import { UploadPreview } from "./UploadPreview.tsx";
import { IMPORT_SOURCE_IDS, sourceLabel } from "./uploadOutcome.ts";
import { useUpload } from "./useUpload.ts";

/**
 * The upload form: file, format and whether to replace the years, and the admin token unless an
 * admin is logged in; a preview first, the import only on confirmation.
 */
export function UploadForm({
	token,
	adminName,
	isSessionKnown,
	onTokenChange,
}: {
	/** The typed token; null when the admin session is used instead. */
	token: string | null;
	/** The logged-in admin's name; null when no admin is logged in. */
	adminName: string | null;
	/** Whether the page knows yet who is logged in (so the token field does not flash). */
	isSessionKnown: boolean;
	onTokenChange: (token: string) => void;
}) {
	const { lang } = useI18n();
	const m = useMessages(IMPORT_MESSAGES).upload;
	const uid = useId();
	const [file, setFile] = useState<File | null>(null);
	const [source, setSource] = useState<ImportSource | "">("");
	const [replaceYears, setReplaceYears] = useState(false);
	const upload = useUpload();
	const send = (dryRun: boolean) => {
		if (!file) return;
		void upload.send({
			file,
			dryRun,
			replaceYears,
			source: source === "" ? null : source,
			token,
		});
	};
	const onSubmit = (event: FormEvent) => {
		event.preventDefault();
		send(true);
	};
	const { preview, message } = upload;
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
			<h2 id={`${uid}-title`}>{m.title}</h2>
			{adminName !== null && (
				<p className="muted hint" data-testid="upload-session">
					{m.signedIn(adminName)}
				</p>
			)}
			<form className="form-grid" method="post" onSubmit={onSubmit}>
				{token !== null && isSessionKnown && (
					<label>
						{m.token}
						<input
							type="password"
							autoComplete="off"
							value={token}
							required
							onChange={(event) => onTokenChange(event.target.value)}
						/>
						<span className="muted hint">{m.tokenHint}</span>
					</label>
				)}
				<label>
					{m.file}
					<input
						type="file"
						accept=".csv,.txt,.tsv,.xlsx,.json"
						required
						onChange={(event) => {
							setFile(event.target.files?.[0] ?? null);
							upload.clear({ message: true });
						}}
					/>
					{file && (
						<span className="muted hint">
							{file.name} · {m.fileSize(file.size / 1024)}
						</span>
					)}
				</label>
				<label>
					{m.format}
					<select
						value={source}
						onChange={(event) => {
							setSource(event.target.value as ImportSource | "");
							upload.clear({ message: false });
						}}
					>
						<option value="">{m.detect}</option>
						{IMPORT_SOURCE_IDS.map((id) => (
							<option key={id} value={id}>
								{sourceLabel(id, lang)}
							</option>
						))}
					</select>
				</label>
				<label className="checkbox">
					<span>
						<input
							type="checkbox"
							checked={replaceYears}
							onChange={(event) => {
								setReplaceYears(event.target.checked);
								// The preview must be of what the button will do.
								upload.clear({ message: true });
							}}
						/>{" "}
						{m.replaceYears}
					</span>
					<span className="muted hint">{m.replaceYearsHint}</span>
				</label>
				<div className="form-actions">
					<button
						type="submit"
						disabled={
							!file || token === "" || !isSessionKnown || upload.isPending
						}
					>
						{m.preview}
					</button>
					<ConfirmButton
						preview={canConfirm ? preview : null}
						onConfirm={() => send(false)}
					/>
					{upload.isPending && (
						<span>
							<span className="spinner" aria-hidden="true" />
							<span className="sr-only">{m.sending}</span>
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
			{preview && <UploadPreview result={preview} />}
		</section>
	);
}

/** Says what the import will do; drawn as a warning when it removes or overwrites published figures. */
function ConfirmButton({
	preview,
	onConfirm,
}: {
	preview: UploadResult | null;
	onConfirm: () => void;
}) {
	const m = useMessages(IMPORT_MESSAGES).upload;
	if (!preview)
		return (
			<button type="button" className="primary" disabled>
				{m.import}
			</button>
		);
	const counts = confirmCounts(preview);
	return (
		<button
			type="button"
			className={isRiskyImport(counts) ? "warning" : "primary"}
			onClick={onConfirm}
		>
			{m.confirm(counts.written, counts.removed, counts.conflicts)}
		</button>
	);
}
