import {
	type Static,
	type TObject,
	type TProperties,
	type TSchema,
	Type,
} from "@sinclair/typebox";

/**
 * TypeBox building blocks. Every API schema is written once with these and its TypeScript type
 * derived with `Static`. Nullable values are written as `type: [T, "null"]` rather than anyOf, so
 * fast-json-stringify keeps its fast path; response schemas double as output filters.
 */
export const Str = Type.String();
export const Int = Type.Integer();
export const Num = Type.Number();
export const Bool = Type.Boolean();

type Primitive = "string" | "integer" | "number" | "boolean" | "object";

function nullable<T extends TSchema & { type: Primitive }>(schema: T) {
	return Type.Unsafe<Static<T> | null>({
		...schema,
		type: [schema.type, "null"],
	});
}

export const NullableStr = nullable(Type.String());
export const NullableInt = nullable(Type.Integer());
export const NullableNum = nullable(Type.Number());

/** An object of required properties, in the order written (the order fields are sent in). */
export function Obj<P extends TProperties>(properties: P) {
	return Type.Object(properties);
}

export function NullableObj<P extends TProperties>(properties: P) {
	return nullable(Type.Object(properties) as TObject<P> & { type: "object" });
}

export function List<T extends TSchema>(items: T) {
	return Type.Array(items);
}

/** A string out of a fixed list, as a plain JSON Schema enum (not a union of literals). */
export function StringEnum<const V extends readonly string[]>(values: V) {
	return Type.Unsafe<V[number]>({ type: "string", enum: [...values] });
}

export function NullableStringEnum<const V extends readonly string[]>(
	values: V,
) {
	return Type.Unsafe<V[number] | null>({
		type: ["string", "null"],
		enum: [...values, null],
	});
}

/** A JSON object used as a map, e.g. factor id → score. */
export function Dictionary<T extends TSchema>(values: T) {
	return Type.Unsafe<Record<string, Static<T>>>({
		type: "object",
		additionalProperties: values,
	});
}

/** A query string: unknown parameters are refused rather than silently ignored. */
export function Query<P extends TProperties>(properties: P) {
	return Type.Object(properties, { additionalProperties: false });
}
