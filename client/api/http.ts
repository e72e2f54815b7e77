import type { ApiError } from "../../server/schemas/errors.ts";

export class ApiRequestError extends Error {
	constructor(
		message: string,
		readonly code: string,
		readonly status: number,
		/** The whole error body, for answers that carry more than the message (e.g. a refused import). */
		readonly body: unknown = null,
	) {
		super(message);
	}
}

function isApiError(body: unknown): body is ApiError {
	return typeof body === "object" && body !== null && "error" in body;
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

/** POSTs a JSON body. */
export async function postJson<T>(
	path: string,
	body: unknown,
	signal?: AbortSignal,
): Promise<T> {
	const response = await fetch(path, {
		method: "POST",
		signal,
		headers: { accept: "application/json", "content-type": "application/json" },
		body: JSON.stringify(body),
	});
	return readJson<T>(response);
}

/** POSTs multipart form data with a bearer token (the token is never stored). */
export async function postForm<T>(
	path: string,
	form: FormData,
	token: string,
): Promise<T> {
	const response = await fetch(path, {
		method: "POST",
		headers: { accept: "application/json", authorization: `Bearer ${token}` },
		body: form,
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
