import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { apiError } from "./errors.ts";

const MESSAGES: Record<string, string> = {
	FST_ERR_BAD_URL:
		"The path is not a valid URL: check its percent-encoding (a % must be followed by two hex digits).",
	FST_ERR_MAX_PARAM_LENGTH:
		"A path parameter is too long: use a four-digit municipality code such as 1402.",
};

/**
 * Fastify's `frameworkErrors`: errors found while routing (a malformed URL, an overlong path
 * parameter), before any route or error handler runs. Answers them in the API's error shape
 * instead of Fastify's default, without echoing the path back.
 */
export function answerFrameworkError(
	error: FastifyError,
	_request: FastifyRequest,
	reply: FastifyReply,
): void {
	const status =
		error.statusCode && error.statusCode >= 400 && error.statusCode < 500
			? error.statusCode
			: 400;
	void reply
		.code(status)
		.send(
			apiError(
				status,
				"bad_request",
				MESSAGES[error.code] ?? "The request could not be routed.",
			),
		);
}

const CLIENT_ERRORS: Record<string, { status: number; message: string }> = {
	HPE_HEADER_OVERFLOW: {
		status: 431,
		message:
			"The request headers are too large: send fewer or shorter headers (cookies included).",
	},
	ERR_HTTP_REQUEST_TIMEOUT: {
		status: 408,
		message: "The request did not arrive in time.",
	},
};

/**
 * Node's HTTP parser refuses some requests (headers over 16 KB, garbage) before Fastify sees
 * them; this answers those in the API's error shape too, then closes the connection.
 */
export function answerClientError(
	error: Error & { code?: string },
	socket: Duplex,
): void {
	if (!socket.writable) {
		socket.destroy();
		return;
	}
	const known = CLIENT_ERRORS[error.code ?? ""];
	const status = known?.status ?? 400;
	const body = JSON.stringify(
		apiError(
			status,
			status === 431 ? "headers_too_large" : "bad_request",
			known?.message ?? "The request could not be read.",
		),
	);
	socket.end(
		`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Bad Request"}\r\n` +
			"Content-Type: application/json; charset=utf-8\r\n" +
			`Content-Length: ${Buffer.byteLength(body)}\r\n` +
			"Connection: close\r\n\r\n" +
			body,
	);
}
