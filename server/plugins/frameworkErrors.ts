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
