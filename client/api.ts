import type { ApiError } from "../server/schemas/errors.ts";

export class ApiRequestError extends Error {
	constructor(
		message: string,
		readonly code: string,
		readonly status: number,
	) {
		super(message);
	}
}

function isApiError(body: unknown): body is ApiError {
	return typeof body === "object" && body !== null && "error" in body;
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
	const body: unknown = await response.json().catch(() => null);
	if (!response.ok) {
		if (isApiError(body))
			throw new ApiRequestError(
				body.error.message,
				body.error.code,
				response.status,
			);
		throw new ApiRequestError(
			`Servern svarade ${response.status}`,
			"http_error",
			response.status,
		);
	}
	return body as T;
}
