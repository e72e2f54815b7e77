import { type Static, Type } from "@sinclair/typebox";
import { Int, Obj, Str } from "./json.ts";

export const ErrorBodySchema = Obj({
	code: Str,
	message: Str,
	status: Int,
	/** The request field the error is about ("due", "owner.department"), when it is about one. */
	field: Type.Optional(Str),
});

/** The one error shape every route answers with. */
export const ErrorSchema = Obj({ error: ErrorBodySchema });
export type ApiError = Static<typeof ErrorSchema>;

export const errorResponses = {
	400: ErrorSchema,
	404: ErrorSchema,
	409: ErrorSchema,
} as const;
