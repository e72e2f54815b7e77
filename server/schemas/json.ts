/**
 * Small builders for JSON Schema literals. Response schemas double as fast serialisers and as
 * output filters, so every field a client reads must be listed.
 */
export const str = { type: "string" } as const;
export const int = { type: "integer" } as const;
export const num = { type: "number" } as const;
export const bool = { type: "boolean" } as const;
export const nullableStr = { type: ["string", "null"] } as const;
export const nullableInt = { type: ["integer", "null"] } as const;
export const nullableNum = { type: ["number", "null"] } as const;

export function object<P extends Record<string, unknown>>(properties: P) {
	return {
		type: "object",
		required: Object.keys(properties),
		properties,
	} as const;
}

export function nullableObject<P extends Record<string, unknown>>(
	properties: P,
) {
	return {
		type: ["object", "null"],
		required: Object.keys(properties),
		properties,
	} as const;
}

export function array<I>(items: I) {
	return { type: "array", items } as const;
}

export function stringEnum<const V extends readonly string[]>(values: V) {
	return { type: "string", enum: values } as const;
}

export const numberRecord = {
	type: "object",
	additionalProperties: { type: ["number", "null"] },
} as const;
