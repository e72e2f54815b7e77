import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../../db/client.ts";
import { listUsers } from "../../../db/queries/users/listUsers.ts";
import type { Auth } from "../../plugins/auth.ts";
import {
	CreateUserSchema,
	UpdateUserSchema,
	UserListSchema,
	UserNameParams,
	UserSchema,
} from "../../schemas/users.ts";
import {
	createAccount,
	removeAccount,
	updateAccount,
} from "../../services/auth/accounts.ts";
import { isRefusal, sendCreated, sendResult } from "../../services/refusal.ts";
import { sessionRouteSchema, sessionWriteErrors } from "../sessionRoutes.ts";

const tags = ["users"];
const errors = sessionWriteErrors;

/** Accounts, for admins only (the same rules as `npm run users`). */
export function userRoutes(db: Db, auth: Auth, now: () => Date) {
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		app.addHook("onRequest", auth.requireRole("admin"));

		app.get(
			"",
			{
				schema: sessionRouteSchema(tags, {
					summary: "Every account (admin)",
					response: { 200: UserListSchema, ...errors },
				}),
			},
			async () => ({ users: listUsers(db) }),
		);

		app.post(
			"",
			{
				schema: sessionRouteSchema(tags, {
					summary: "Add an account (admin)",
					body: CreateUserSchema,
					response: { 201: UserSchema, ...errors },
				}),
			},
			async (request, reply) =>
				sendCreated(
					reply,
					await createAccount(db, request.body, now().toISOString()),
				),
		);

		app.patch(
			"/:name",
			{
				schema: sessionRouteSchema(tags, {
					summary:
						"Change an account's role or password (admin); a new password ends its sessions",
					params: UserNameParams,
					body: UpdateUserSchema,
					response: { 200: UserSchema, ...errors },
				}),
			},
			async (request, reply) =>
				sendResult(
					reply,
					await updateAccount(
						db,
						request.params.name,
						request.body,
						now().toISOString(),
					),
				),
		);

		app.delete(
			"/:name",
			{
				schema: sessionRouteSchema(tags, {
					summary:
						"Remove an account and end its sessions (admin); the plan's history keeps the name",
					params: UserNameParams,
					response: { 204: { type: "null" }, ...errors },
				}),
			},
			async (request, reply) => {
				const removed = removeAccount(db, request.params.name);
				if (isRefusal(removed)) return sendResult(reply, removed);
				return reply.code(204).send();
			},
		);
	};
}
