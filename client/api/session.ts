import {
	type QueryClient,
	queryOptions,
	useMutation,
	useQuery,
	useQueryClient,
} from "@tanstack/react-query";
import { hasRole, type UserRole } from "../../domain/actions.ts";
import type {
	Login,
	Session,
	SessionState,
} from "../../server/schemas/session.ts";
import {
	ApiRequestError,
	deleteJson,
	getJson,
	postJson,
	setCsrfToken,
} from "./http.ts";

/** The login page, and the parameter that carries the page to go back to after logging in. */
export const LOGIN_PATH = "/logga-in";
export const RETURN_PARAM = "tillbaka";

/** The login page with the way back to `path` (a path and its search, e.g. "/faktorer?ar=2024"). */
export function loginHref(path: string, lang: string | null = null): string {
	const search = new URLSearchParams({ [RETURN_PARAM]: path });
	if (lang) search.set("lang", lang);
	return `${LOGIN_PATH}?${search.toString()}`;
}

export const sessionKeys = {
	all: ["session"] as const,
};

export const sessionOptions = () =>
	queryOptions({
		queryKey: sessionKeys.all,
		queryFn: async ({ signal }) => {
			const state = await getJson<SessionState>("/api/session", signal);
			setCsrfToken(state.session?.csrfToken ?? null);
			return state;
		},
		staleTime: 60_000,
		retry: false,
	});

/** Who is logged in (null when nobody), and whether the server is in private mode. */
export function useSessionQuery() {
	return useQuery(sessionOptions());
}

/** Whether the logged-in account may do what needs `role`; false while unknown or logged out. */
export function useCanEdit(role: UserRole = "editor"): boolean {
	const session = useSessionQuery().data?.session;
	return session ? hasRole(session.user.role, role) : false;
}

/** Logs in; every answer read before may differ now (private mode), so all are read again. */
export function useLoginMutation() {
	const client = useQueryClient();
	return useMutation({
		mutationKey: [...sessionKeys.all, "login"],
		mutationFn: (login: Login) => postJson<Session>("/api/session", login),
		onSuccess: async (session) => {
			setCsrfToken(session.csrfToken);
			client.setQueryData<SessionState>(sessionKeys.all, (state) => ({
				privateMode: state?.privateMode ?? false,
				session,
			}));
			await client.invalidateQueries({
				predicate: (query) => query.queryKey[0] !== sessionKeys.all[0],
			});
		},
	});
}

export function useLogoutMutation() {
	const client = useQueryClient();
	return useMutation({
		mutationKey: [...sessionKeys.all, "logout"],
		mutationFn: () => deleteJson("/api/session"),
		onSettled: async () => {
			setCsrfToken(null);
			await client.invalidateQueries({ queryKey: sessionKeys.all });
		},
	});
}

/** The answers that mean the session the page knows is no longer the server's. */
const SESSION_CODES = new Set([
	"session_expired",
	"login_required",
	"csrf_invalid",
]);

/**
 * After a refused write, asks the server again who is logged in, so that the header and the forms
 * show the login has ended (and private mode sends the page to /logga-in).
 */
export function refreshSessionAfter(client: QueryClient, error: Error): void {
	if (error instanceof ApiRequestError && SESSION_CODES.has(error.code))
		void client.invalidateQueries({ queryKey: sessionKeys.all });
}
