import { type Static, Type } from "@sinclair/typebox";
import {
	ModelDescriptionSchema,
	SmallestChangeSchema,
	WhatIfResultSchema,
} from "./analysis.ts";
import { MunicipalityCode } from "./common.ts";
import { Int, Obj } from "./json.ts";
import { MunicipalitySchema } from "./municipalities.ts";

export const WhatIfBody = Type.Object(
	{
		code: MunicipalityCode,
		year: Type.Integer({ minimum: 1990, maximum: 2100 }),
		changes: Type.Record(Type.String(), Type.Number(), {
			maxProperties: 40,
			propertyNames: { pattern: "^[a-z0-9-]{1,60}$" },
			description:
				"Factor id → new score; ids are listed in the gap answer's model.weights",
		}),
	},
	{ additionalProperties: false },
);
/** Factor id → the new score to try, e.g. { "service": 3.9 }. */
export type WhatIfRequest = Static<typeof WhatIfBody>;

export const WhatIfReportSchema = Obj({
	municipality: MunicipalitySchema,
	year: Int,
	/** The model used (not SN's own, unpublished method) and its fit on that year's ranks. */
	model: ModelDescriptionSchema,
	result: WhatIfResultSchema,
	smallestChange: SmallestChangeSchema,
});
export type WhatIfReport = Static<typeof WhatIfReportSchema>;
