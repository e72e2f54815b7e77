import {
	queryOptions,
	useMutation,
	useQuery,
	useQueryClient,
} from "@tanstack/react-query";
import type {
	Action,
	ActionDetail,
	ActionHistory,
	ActionList,
	ActionNote,
	CreateAction,
	CreateNote,
	PatchAction,
	PlanImportResult,
	ProgressReport,
} from "../../../server/schemas/actions.ts";
import {
	apiPath,
	getJson,
	patchJson,
	postForm,
	postJson,
} from "../../api/http.ts";

export const actionKeys = {
	all: ["actions"] as const,
	list: (includeArchived: boolean) =>
		[...actionKeys.all, "list", { includeArchived }] as const,
	detail: (id: number) => [...actionKeys.all, "detail", id] as const,
	history: (id: number) => [...actionKeys.detail(id), "history"] as const,
	progress: (code: string, year: number | null) =>
		[...actionKeys.all, "progress", code, { year }] as const,
};

export const EXPORT_PATH = "/api/actions/export.xlsx";

export const actionListOptions = (includeArchived: boolean) =>
	queryOptions({
		queryKey: actionKeys.list(includeArchived),
		queryFn: ({ signal }) =>
			getJson<ActionList>(
				apiPath("/api/actions", {
					includeArchived: includeArchived ? "true" : null,
				}),
				signal,
			),
	});

export const actionDetailOptions = (id: number) =>
	queryOptions({
		queryKey: actionKeys.detail(id),
		queryFn: ({ signal }) =>
			getJson<ActionDetail>(`/api/actions/${id}`, signal),
	});

export const actionHistoryOptions = (id: number) =>
	queryOptions({
		queryKey: actionKeys.history(id),
		queryFn: ({ signal }) =>
			getJson<ActionHistory>(`/api/actions/${id}/history`, signal),
	});

/** How the figures the actions aim at moved; with a year, as known in that year (the report's). */
export const progressOptions = (code: string, year: number | null = null) =>
	queryOptions({
		queryKey: actionKeys.progress(code, year),
		queryFn: ({ signal }) =>
			getJson<ProgressReport>(
				apiPath("/api/actions/progress", { code, year }),
				signal,
			),
	});

export function useActionListQuery(includeArchived = false) {
	return useQuery(actionListOptions(includeArchived));
}

/** One action with its notes; `enabled` waits until it is opened. */
export function useActionDetailQuery(id: number, enabled = true) {
	return useQuery({ ...actionDetailOptions(id), enabled });
}

export function useActionHistoryQuery(id: number) {
	return useQuery(actionHistoryOptions(id));
}

export function useProgressQuery(
	code: string,
	year: number | null = null,
	enabled = true,
) {
	return useQuery({ ...progressOptions(code, year), enabled });
}

/** Every write changes the list, the progress and the detail: all are read again. */
function useInvalidatePlan() {
	const client = useQueryClient();
	return () => client.invalidateQueries({ queryKey: actionKeys.all });
}

/** A write to the plan; once it is done the plan is read again. */
function usePlanWrite<T, R>(name: string, write: (input: T) => Promise<R>) {
	const invalidate = useInvalidatePlan();
	return useMutation({
		mutationKey: [...actionKeys.all, name],
		mutationFn: write,
		onSuccess: invalidate,
	});
}

export const useCreateActionMutation = () =>
	usePlanWrite("create", (action: CreateAction) =>
		postJson<Action>("/api/actions", action),
	);

export const usePatchActionMutation = () =>
	usePlanWrite("patch", ({ id, patch }: { id: number; patch: PatchAction }) =>
		patchJson<Action>(`/api/actions/${id}`, patch),
	);

export const useAddNoteMutation = () =>
	usePlanWrite("note", ({ id, note }: { id: number; note: CreateNote }) =>
		postJson<ActionNote>(`/api/actions/${id}/notes`, note),
	);

/** Sends the plan's workbook as a dry run or for real; a real import reads the plan again. */
export function usePlanImportMutation() {
	const invalidate = useInvalidatePlan();
	return useMutation({
		mutationKey: [...actionKeys.all, "import"],
		mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
			const form = new FormData();
			form.append("file", file, file.name);
			return postForm<PlanImportResult>(
				`/api/actions/import?dryRun=${dryRun ? "true" : "false"}`,
				form,
				null,
			);
		},
		onSuccess: async (result) => {
			if (result.outcome === "imported") await invalidate();
		},
	});
}
