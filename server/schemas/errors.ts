/** The one error shape every route answers with. */
export interface ApiError {
	error: { code: string; message: string; status: number };
}

export const ErrorSchema = {
	type: "object",
	required: ["error"],
	properties: {
		error: {
			type: "object",
			required: ["code", "message", "status"],
			properties: {
				code: { type: "string" },
				message: { type: "string" },
				status: { type: "integer" },
			},
		},
	},
} as const;

export const errorResponses = { 400: ErrorSchema, 404: ErrorSchema } as const;
