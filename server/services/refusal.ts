import type { FastifyReply } from "fastify";
import { apiError } from "../plugins/errors.ts";

/** A service's answer when the request is understood but cannot be served (unknown year, factor…). */
export interface Refusal {
	refused: {
		status: 400 | 401 | 403 | 404 | 409 | 422;
		code: string;
		message: string;
		/** The request field at fault, for a form to point at. */
		field?: string;
	};
}

export function refuse(
	status: Refusal["refused"]["status"],
	code: string,
	message: string,
	field?: string,
): Refusal {
	return {
		refused:
			field === undefined
				? { status, code, message }
				: { status, code, message, field },
	};
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
	const { status, code, message, field } = result.refused;
	return reply.code(status).send(apiError(status, code, message, field));
}

/** Sends a new resource with 201 Created, or the service's refusal in the API's error shape. */
export function sendCreated<T extends object>(
	reply: FastifyReply,
	result: T | Refusal,
): FastifyReply {
	if (isRefusal(result)) {
		const { status, code, message, field } = result.refused;
		return reply.code(status).send(apiError(status, code, message, field));
	}
	return reply.code(201).send(result);
}
