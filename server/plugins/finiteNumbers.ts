import type { FastifyInstance } from "fastify";
import { apiError } from "./errors.ts";

const PARTS = [
	["query", "query parameter"],
	["params", "path parameter"],
	["body", "field"],
] as const;

/** The dotted path of the first number that is not finite (Infinity, -Infinity, 1e400), or null. */
export function findNonFiniteNumber(value: unknown, path = ""): string | null {
	if (typeof value === "number") return Number.isFinite(value) ? null : path;
	if (value === null || typeof value !== "object") return null;
	for (const [key, item] of Object.entries(value)) {
		const found = findNonFiniteNumber(item, path ? `${path}.${key}` : key);
		if (found !== null) return found;
	}
	return null;
}

/**
 * Ajv coerces "Infinity" and "1e400" in query strings to Infinity and lets them through integer
 * checks, so every validated request is looked over once more before any handler sees it.
 */
export async function refuseNonFiniteNumbers(
	app: FastifyInstance,
): Promise<void> {
	app.addHook("preHandler", (request, reply, done) => {
		for (const [part, where] of PARTS) {
			const name = findNonFiniteNumber(request[part]);
			if (name === null) continue;
			void reply
				.code(400)
				.send(
					apiError(
						400,
						"bad_request",
						`The ${where} "${name}" must be a finite number.`,
					),
				);
			return;
		}
		done();
	});
}
