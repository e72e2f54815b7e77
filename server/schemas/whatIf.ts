import type { SmallestChangeResult } from "../../analysis/smallestChangeToRank.ts";
import type { WhatIfResult } from "../../analysis/whatIf.ts";
import {
	ModelDescriptionSchema,
	SmallestChangeSchema,
	WhatIfResultSchema,
} from "./analysis.ts";
import type { ModelDescription } from "./gap.ts";
import { int, object } from "./json.ts";
import { type Municipality, MunicipalitySchema } from "./municipalities.ts";

export interface WhatIfRequest {
	code: string;
	year: number;
	/** Factor id → the new score to try, e.g. { "service": 3.9 }. */
	changes: Record<string, number>;
}

export const WhatIfBody = {
	type: "object",
	required: ["code", "year", "changes"],
	additionalProperties: false,
	properties: {
		code: {
			type: "string",
			pattern: "^[0-9]{4}$",
			description: "Municipality code, e.g. 1402",
		},
		year: { type: "integer", minimum: 1990, maximum: 2100 },
		changes: {
			type: "object",
			maxProperties: 40,
			propertyNames: { pattern: "^[a-z0-9-]{1,60}$" },
			additionalProperties: { type: "number" },
			description:
				"Factor id → new score; ids are listed in the gap answer's model.weights",
		},
	},
} as const;

export interface WhatIfReport {
	municipality: Municipality;
	year: number;
	/** The model used (not SN's own, unpublished method) and its fit on that year's ranks. */
	model: ModelDescription;
	result: WhatIfResult;
	smallestChange: SmallestChangeResult | null;
}

export const WhatIfReportSchema = object({
	municipality: MunicipalitySchema,
	year: int,
	model: ModelDescriptionSchema,
	result: WhatIfResultSchema,
	smallestChange: SmallestChangeSchema,
});
