import { type Static, Type } from "@sinclair/typebox";
import { USER_ROLES } from "../../domain/actions.ts";
import { Bool, NullableObj, Obj, Str, StringEnum } from "./json.ts";

export const UserRoleSchema = StringEnum(USER_ROLES);

export const LoginSchema = Type.Object(
	{
		name: Type.String({ minLength: 1, maxLength: 200 }),
		password: Type.String({ minLength: 1, maxLength: 1024 }),
	},
	{ additionalProperties: false },
);
export type Login = Static<typeof LoginSchema>;

const sessionProperties = {
	user: Obj({ name: Str, role: UserRoleSchema }),
	/** Send it as the x-csrf-token header with every write while logged in. */
	csrfToken: Str,
	/** ISO timestamp; the cookie ends then too. */
	expiresAt: Str,
};

/** The answer to a login: the account, the CSRF token for writes and when the login ends. */
export const SessionSchema = Obj(sessionProperties);
export type Session = Static<typeof SessionSchema>;

export const SessionStateSchema = Obj({
	/** null when not logged in (or the login ended). */
	session: NullableObj(sessionProperties),
	/** TOPP10_PRIVATE: nothing but this and the login can be read without logging in. */
	privateMode: Bool,
});
export type SessionState = Static<typeof SessionStateSchema>;
