export const MunicipalityCodeParams = {
	type: "object",
	required: ["code"],
	properties: {
		code: {
			type: "string",
			pattern: "^[0-9]{4}$",
			description: "Four-digit SCB municipality code, e.g. 1402 for Partille",
		},
	},
} as const;

export interface MunicipalityCodeParams {
	code: string;
}
