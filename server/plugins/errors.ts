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
};

export function apiError(
	status: number,
	code: string,
	message: string,
): ApiError {
	return { error: { code, message, status } };
}

interface ValidationIssue {
	instancePath: string;
	message?: string;
	params: Record<string, unknown>;
}

function describeValidation(
	context: string | undefined,
	issues: ValidationIssue[],
): string {
	const first = issues[0];
	if (!first) return "The request is not valid.";
	const missing =
		typeof first.params.missingProperty === "string"
			? first.params.missingProperty
			: null;
	const name =
		missing ?? first.instancePath.replace(/^\//, "").replaceAll("/", ".");
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
				return reply.code(400).send(apiError(400, "bad_request", message));
			}
			const status = error.statusCode ?? 500;
			if (status >= 400 && status < 500) {
				return reply
					.code(status)
					.send(
						apiError(
							status,
							error.code?.toLowerCase() ?? "bad_request",
							error.message,
						),
					);
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
