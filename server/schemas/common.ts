import { type Static, Type } from "@sinclair/typebox";
import { Obj } from "./json.ts";

export const MunicipalityCode = Type.String({
	pattern: "^[0-9]{4}$",
	description: "Four-digit SCB municipality code, e.g. 1402 for Partille",
});

export const MunicipalityCodeParams = Obj({ code: MunicipalityCode });
export type MunicipalityCodeParams = Static<typeof MunicipalityCodeParams>;

/** An optional year query parameter. */
export function optionalYear(description: string, minimum = 1990) {
	return Type.Optional(Type.Integer({ minimum, maximum: 2100, description }));
}
