import type { ApiError } from "../../server/schemas/errors.ts";

export class ApiRequestError extends Error {
	constructor(
		message: string,
		readonly code: string,
		readonly status: number,
		/** The whole error body, for answers that carry more than the message (e.g. a refused import). */
		readonly body: unknown = null,
		/** The request field the error is about ("due", "owner.department"), when the API names one. */
		readonly field: string | null = null,
		/** Seconds from a 429's Retry-After header. */
		readonly retryAfter: number | null = null,
	) {
		super(message);
	}
}

/**
 * The session's CSRF token, sent as `x-csrf-token` with every write. Kept in memory only: after a
 * reload `GET /api/session` gives it again (api/session.ts sets it).
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
	csrfToken = token;
}

function writeHeaders(headers: Record<string, string>): Record<string, string> {
	return csrfToken === null
		? headers
		: { ...headers, "x-csrf-token": csrfToken };
}

function isApiError(body: unknown): body is ApiError {
	return typeof body === "object" && body !== null && "error" in body;
}

function retryAfterOf(response: Response): number | null {
	const seconds = Number(response.headers.get("retry-after"));
	return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

async function readJson<T>(response: Response): Promise<T> {
	const body: unknown = await response.json().catch(() => null);
	if (!response.ok) {
		if (isApiError(body))
			throw new ApiRequestError(
				body.error.message,
				body.error.code,
				response.status,
				body,
				body.error.field ?? null,
				retryAfterOf(response),
			);
		throw new ApiRequestError(
			`The server answered ${response.status}`,
			"http_error",
			response.status,
			body,
		);
	}
	return body as T;
}

/** GETs JSON from the API and turns the API's error shape into an ApiRequestError. */
export async function getJson<T>(
	path: string,
	signal?: AbortSignal,
): Promise<T> {
	const response = await fetch(path, {
		signal,
		headers: { accept: "application/json" },
	});
	return readJson<T>(response);
}

/** Sends a JSON body (POST by default), with the session's CSRF token when logged in. */
export async function postJson<T>(
	path: string,
	body: unknown,
	signal?: AbortSignal,
	method: "POST" | "PATCH" = "POST",
): Promise<T> {
	const response = await fetch(path, {
		method,
		signal,
		headers: writeHeaders({
			accept: "application/json",
			"content-type": "application/json",
		}),
		body: JSON.stringify(body),
	});
	return readJson<T>(response);
}

/** PATCHes a JSON body. */
export function patchJson<T>(path: string, body: unknown): Promise<T> {
	return postJson<T>(path, body, undefined, "PATCH");
}

/** DELETEs; a 204 answers nothing. */
export async function deleteJson(path: string): Promise<void> {
	const response = await fetch(path, {
		method: "DELETE",
		headers: writeHeaders({ accept: "application/json" }),
	});
	if (response.status !== 204) await readJson<unknown>(response);
}

/**
 * POSTs multipart form data (or, with `form` null, no body), with a bearer token (never stored)
 * or, when `token` is null, with the session's cookie and CSRF token.
 */
export async function postForm<T>(
	path: string,
	form: FormData | null,
	token: string | null,
): Promise<T> {
	const headers: Record<string, string> =
		token === null
			? writeHeaders({ accept: "application/json" })
			: { accept: "application/json", authorization: `Bearer ${token}` };
	const response = await fetch(path, {
		method: "POST",
		headers,
		...(form === null ? {} : { body: form }),
	});
	return readJson<T>(response);
}

/** A path with the parameters that are set, always in the given order, so equal asks share the API's cache. */
export function apiPath(
	path: string,
	params: Record<string, string | number | null>,
): string {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(params))
		if (value !== null) search.set(name, String(value));
	const text = search.toString();
	return text ? `${path}?${text}` : path;
}
