import { type Static, Type } from "@sinclair/typebox";
import { PASSWORD_MAX_LENGTH } from "../../domain/accounts.ts";
import { List, Obj, Str } from "./json.ts";
import { UserRoleSchema } from "./session.ts";

export const UserSchema = Obj({
	name: Str,
	role: UserRoleSchema,
	createdAt: Str,
	passwordChangedAt: Str,
});
export type User = Static<typeof UserSchema>;

export const UserListSchema = Obj({ users: List(UserSchema) });
export type UserList = Static<typeof UserListSchema>;

const Password = Type.String({ maxLength: PASSWORD_MAX_LENGTH * 4 });

export const CreateUserSchema = Type.Object(
	{
		name: Type.String({ maxLength: 200 }),
		role: UserRoleSchema,
		password: Password,
	},
	{ additionalProperties: false },
);
export type CreateUser = Static<typeof CreateUserSchema>;

export const UpdateUserSchema = Type.Object(
	{ role: Type.Optional(UserRoleSchema), password: Type.Optional(Password) },
	{ additionalProperties: false },
);
export type UpdateUser = Static<typeof UpdateUserSchema>;

export const UserNameParams = Obj({ name: Type.String({ maxLength: 200 }) });
