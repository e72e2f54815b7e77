export interface Municipality {
	code: string;
	name: string;
	countyCode: string;
	countyName: string;
	kommungrupp: string | null;
}

export const MunicipalitySchema = {
	type: "object",
	required: ["code", "name", "countyCode", "countyName", "kommungrupp"],
	properties: {
		code: { type: "string" },
		name: { type: "string" },
		countyCode: { type: "string" },
		countyName: { type: "string" },
		kommungrupp: { type: ["string", "null"] },
	},
} as const;

export interface MunicipalityList {
	municipalities: Municipality[];
}

export const MunicipalityListSchema = {
	type: "object",
	required: ["municipalities"],
	properties: { municipalities: { type: "array", items: MunicipalitySchema } },
} as const;
