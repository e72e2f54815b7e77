import type { FastifyReply } from "fastify";
import { apiError } from "../plugins/errors.ts";

/** A service's answer when the request is understood but cannot be served (unknown year, factor…). */
export interface Refusal {
	refused: { status: 400 | 404 | 409 | 422; code: string; message: string };
}

export function refuse(
	status: Refusal["refused"]["status"],
	code: string,
	message: string,
): Refusal {
	return { refused: { status, code, message } };
}

export function isRefusal<T extends object>(
	value: T | Refusal,
): value is Refusal {
	return "refused" in value;
}

/** Sends a service result, or its refusal in the API's error shape. */
export function sendResult<T extends object>(
	reply: FastifyReply,
	result: T | Refusal,
): T | FastifyReply {
	if (!isRefusal(result)) return result;
	const { status, code, message } = result.refused;
	return reply.code(status).send(apiError(status, code, message));
}
