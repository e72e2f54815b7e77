import type { Static } from "@sinclair/typebox";
import { List, NullableStr, Obj, Str } from "./json.ts";

export const MunicipalitySchema = Obj({
	code: Str,
	name: Str,
	countyCode: Str,
	countyName: Str,
	kommungrupp: NullableStr,
});
export type Municipality = Static<typeof MunicipalitySchema>;

export const MunicipalityListSchema = Obj({
	municipalities: List(MunicipalitySchema),
});
export type MunicipalityList = Static<typeof MunicipalityListSchema>;
