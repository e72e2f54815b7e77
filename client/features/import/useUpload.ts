import { useState } from "react";
import type { ImportSource } from "../../../domain/ids.ts";
import type { UploadResult } from "../../../server/schemas/imports.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { ApiRequestError } from "../../api/http.ts";
import type { Lang } from "../../i18n/format.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { useUploadMutation } from "./queries.ts";
import {
	MAX_UPLOAD_BYTES,
	outcomeMessage,
	refusalSummary,
	uploadErrorMessage,
} from "./uploadOutcome.ts";

export interface UploadMessage {
	text: string;
	error: boolean;
}

/**
 * Through the admin session, a 401 or 403 is about the login (expired, logged out elsewhere, a
 * stale CSRF token), which the API's own words say; with the token, it is about the token.
 */
function failureText(
	error: ApiRequestError,
	viaSession: boolean,
	lang: Lang,
): string {
	if (viaSession && (error.status === 401 || error.status === 403))
		return errorMessage(error, lang);
	return uploadErrorMessage(error.status, error.message, lang, error.code);
}

/** Sends a file as a preview or for real, and keeps the preview and the sentence about what happened. */
export function useUpload() {
	const { lang } = useI18n();
	const upload = useUploadMutation();
	const [preview, setPreview] = useState<UploadResult | null>(null);
	const [message, setMessage] = useState<UploadMessage | null>(null);

	const fail = (text: string, refused: UploadResult | null) => {
		setPreview(refused);
		setMessage({ text, error: true });
	};
	const send = async (request: {
		file: File;
		dryRun: boolean;
		replaceYears: boolean;
		source: ImportSource | null;
		token: string | null;
	}) => {
		setMessage(null);
		if (request.file.size > MAX_UPLOAD_BYTES) {
			setMessage({ text: uploadErrorMessage(413, "", lang), error: true });
			return;
		}
		try {
			const result = await upload.mutateAsync(request);
			setPreview(result);
			setMessage({ text: outcomeMessage(result, lang), error: false });
		} catch (error) {
			if (error instanceof ApiRequestError)
				fail(
					failureText(error, request.token === null, lang),
					error.status === 422 ? refusalSummary(error.body) : null,
				);
			else
				fail(
					uploadErrorMessage(
						0,
						error instanceof Error ? error.message : String(error),
						lang,
					),
					null,
				);
		}
	};
	const clear = (what: { message: boolean }) => {
		setPreview(null);
		if (what.message) setMessage(null);
	};
	return { send, clear, preview, message, isPending: upload.isPending };
}
