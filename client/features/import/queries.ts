import {
	mutationOptions,
	queryOptions,
	useMutation,
	useQuery,
	useQueryClient,
} from "@tanstack/react-query";
import type { ImportSource } from "../../../domain/ids.ts";
import type {
	ImportRunList,
	UndoResult,
	UploadResult,
} from "../../../server/schemas/imports.ts";
import { getJson, postForm } from "../../api/http.ts";
import { refreshSessionAfter } from "../../api/session.ts";

export const importKeys = {
	all: ["imports"] as const,
	list: () => [...importKeys.all, "list"] as const,
};

export interface UploadRequest {
	file: File;
	dryRun: boolean;
	/** Remove what is stored for the file's years and the file does not carry. */
	replaceYears: boolean;
	/** Force a format; null lets the server detect it from the headers. */
	source: ImportSource | null;
	/** The typed admin token, kept in React state only (never in storage or the URL); null sends the admin session's cookie and CSRF token. */
	token: string | null;
}

export const importListOptions = () =>
	queryOptions({
		queryKey: importKeys.list(),
		queryFn: ({ signal }) => getJson<ImportRunList>("/api/imports", signal),
		retry: false,
	});

export const uploadOptions = () =>
	mutationOptions({
		mutationKey: [...importKeys.all, "upload"],
		mutationFn: ({
			file,
			dryRun,
			replaceYears,
			source,
			token,
		}: UploadRequest) => {
			const form = new FormData();
			form.append("file", file, file.name);
			const params = new URLSearchParams({
				dryRun: dryRun ? "true" : "false",
				replaceYears: replaceYears ? "true" : "false",
			});
			if (source !== null) params.set("source", source);
			return postForm<UploadResult>(
				`/api/imports?${params.toString()}`,
				form,
				token,
			);
		},
	});

export function useImportListQuery() {
	return useQuery(importListOptions());
}

/** Uploads a file; a real import refreshes the history and every figure read before it. */
export function useUploadMutation() {
	const client = useQueryClient();
	return useMutation({
		...uploadOptions(),
		onSuccess: async (result) => {
			if (result.outcome === "imported") await client.invalidateQueries();
			else await client.invalidateQueries({ queryKey: importKeys.list() });
		},
		onError: (error) => refreshSessionAfter(client, error),
	});
}

export const undoOptions = () =>
	mutationOptions({
		mutationKey: [...importKeys.all, "undo"],
		mutationFn: ({ runId, token }: { runId: number; token: string | null }) =>
			postForm<UndoResult>(`/api/imports/${runId}/undo`, null, token),
	});

/** Undoes a run; every figure read before it may have changed back. */
export function useUndoMutation() {
	const client = useQueryClient();
	return useMutation({
		...undoOptions(),
		onSuccess: () => client.invalidateQueries(),
		onError: (error) => refreshSessionAfter(client, error),
	});
}
