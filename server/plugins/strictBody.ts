import type { TSchema } from "@sinclair/typebox";
import type { FastifyReply, FastifyRequest } from "fastify";
import { apiError } from "./errors.ts";

interface ObjectSchema {
	properties?: Record<string, TSchema>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unknownField(
	schema: ObjectSchema,
	body: Record<string, unknown>,
	prefix: string,
): string | null {
	const properties = schema.properties ?? {};
	for (const [key, value] of Object.entries(body)) {
		const property = properties[key] as ObjectSchema | undefined;
		if (!property) return `${prefix}${key}`;
		if (property.properties && isRecord(value)) {
			const nested = unknownField(property, value, `${prefix}${key}.`);
			if (nested) return nested;
		}
	}
	return null;
}

/**
 * preValidation for JSON bodies: 400 naming a field the schema does not have. The app's AJV
 * removes unknown properties silently (removeAdditional), so without this a misspelt
 * {"stauts": "klar"} would answer 200 and change nothing.
 */
export function refuseUnknownFields(schema: TSchema) {
	return async (
		request: FastifyRequest,
		reply: FastifyReply,
	): Promise<void> => {
		if (!isRecord(request.body)) return;
		const field = unknownField(schema as ObjectSchema, request.body, "");
		if (field === null) return;
		const known = Object.keys((schema as ObjectSchema).properties ?? {});
		await reply
			.code(400)
			.send(
				apiError(
					400,
					"unknown_field",
					`The field "${field}" is not one this request takes; use ${known.join(", ")}.`,
					field,
				),
			);
	};
}
