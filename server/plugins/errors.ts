import type {
	FastifyError,
	FastifyInstance,
	FastifyReply,
	FastifyRequest,
} from "fastify";
import type { ApiError } from "../schemas/errors.ts";

/** What a person should type instead, per parameter name; keeps validation messages actionable. */
const PARAMETER_HINTS: Record<string, string> = {
	code: "use a four-digit municipality code such as 1402 (Partille)",
	codes: "use comma-separated four-digit municipality codes such as 1402,1401",
	year: "use a four-digit year such as 2023",
	from: "use the four-digit first year of the history, such as 2008",
	id: "use the number of an action, such as 12",
	start: "write the date as YYYY-MM-DD, such as 2024-03-01",
	due: "write the date as YYYY-MM-DD, such as 2024-12-31",
	date: "write the date as YYYY-MM-DD, such as 2024-05-15",
	status: "use one of planerad, pagar, klar, pausad, avbruten",
	insiktAreas:
		"use Insikt area ids such as bygglov, miljo-halsoskydd, livsmedel, servering, totalt",
	area: "use an Insikt area id such as bygglov or miljo-halsoskydd",
	role: "use editor or admin",
};

/**
 * Fastify's own 4xx errors (body parsing, content types, limits) with a code and a sentence of
 * ours instead of its internal FST_ERR_* names.
 */
const FRAMEWORK_ERRORS: Record<string, { code: string; message: string }> = {
	FST_ERR_CTP_BODY_TOO_LARGE: {
		code: "payload_too_large",
		message: "The request body is too large.",
	},
	FST_ERR_CTP_INVALID_MEDIA_TYPE: {
		code: "unsupported_media_type",
		message:
			"This content type is not accepted here: send JSON with Content-Type: application/json.",
	},
	FST_ERR_CTP_EMPTY_JSON_BODY: {
		code: "bad_request",
		message:
			"The request body is empty: send a JSON object, or leave out the Content-Type header.",
	},
	FST_ERR_CTP_INVALID_JSON_BODY: {
		code: "bad_request",
		message: "The request body is not valid JSON.",
	},
	FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
		code: "bad_request",
		message: "The Content-Length header does not match the body.",
	},
};

function describeClientError(error: FastifyError): {
	code: string;
	message: string;
} {
	const known = FRAMEWORK_ERRORS[error.code];
	if (known) return known;
	if (error instanceof SyntaxError)
		return {
			code: "bad_request",
			message: "The request body is not valid JSON.",
		};
	return {
		code: error.code?.toLowerCase() ?? "bad_request",
		message: error.message,
	};
}

export function apiError(
	status: number,
	code: string,
	message: string,
	field?: string,
): ApiError {
	return field === undefined
		? { error: { code, message, status } }
		: { error: { code, message, status, field } };
}

interface ValidationIssue {
	instancePath: string;
	message?: string;
	params: Record<string, unknown>;
}

/** The dotted name of the field a validation issue is about ("owner.department"), or "". */
function fieldOf(issue: ValidationIssue): string {
	const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
	const missing = issue.params.missingProperty;
	if (typeof missing !== "string") return path;
	return path === "" ? missing : `${path}.${missing}`;
}

function describeValidation(
	context: string | undefined,
	issues: ValidationIssue[],
): string {
	const first = issues[0];
	if (!first) return "The request is not valid.";
	const missing = typeof first.params.missingProperty === "string";
	const name = fieldOf(first);
	if (name === "" && context === "body") {
		return `The request body ${first.message ?? "is not valid"}: send JSON with Content-Type: application/json.`;
	}
	const where =
		context === "querystring"
			? "query parameter"
			: context === "params"
				? "path parameter"
				: "field";
	const problem = missing ? "is required" : (first.message ?? "is not valid");
	const hint = PARAMETER_HINTS[name.split(".")[0] ?? ""];
	return `The ${where} "${name}" ${problem}${hint ? `: ${hint}` : ""}.`;
}

export async function registerErrorHandling(
	app: FastifyInstance,
): Promise<void> {
	app.setErrorHandler(
		(error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
			if (error.validation) {
				const message = describeValidation(
					error.validationContext,
					error.validation,
				);
				const field = error.validation[0] ? fieldOf(error.validation[0]) : "";
				return reply
					.code(400)
					.send(apiError(400, "bad_request", message, field || undefined));
			}
			const status = error.statusCode ?? 500;
			if (status >= 400 && status < 500) {
				const { code, message } = describeClientError(error);
				return reply.code(status).send(apiError(status, code, message));
			}
			request.log.error({ err: error, url: request.url }, "request failed");
			return reply
				.code(500)
				.send(
					apiError(
						500,
						"internal_error",
						"Something went wrong on the server. Try again, and tell the administrator if it keeps happening.",
					),
				);
		},
	);
}
