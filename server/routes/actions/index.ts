import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { listActions } from "../../../db/queries/actions/listActions.ts";
import { swedishDateOf } from "../../../domain/calendarDate.ts";
import { DEFAULT_MUNICIPALITY_CODE } from "../../../domain/ids.ts";
import type { Auth } from "../../plugins/auth.ts";
import { refuseUnknownFields } from "../../plugins/strictBody.ts";
import {
	ActionDetailSchema,
	ActionHistorySchema,
	ActionIdParams,
	ActionListQuery,
	ActionListSchema,
	ActionNoteSchema,
	ActionSchema,
	CreateActionSchema,
	CreateNoteSchema,
	PatchActionSchema,
	ProgressQuery,
	ProgressReportSchema,
} from "../../schemas/actions.ts";
import { ErrorSchema } from "../../schemas/errors.ts";
import {
	getActionDetail,
	getActionHistory,
} from "../../services/actions/actionDetail.ts";
import { buildProgressReport } from "../../services/actions/actionProgress.ts";
import {
	addActionNote,
	createAction,
	patchAction,
	type WriteStamp,
} from "../../services/actions/saveAction.ts";
import type { ServiceContext } from "../../services/context.ts";
import { sendCreated, sendResult } from "../../services/refusal.ts";
import { findMunicipalityOr404 } from "../municipalities/findMunicipality.ts";
import { sessionRouteSchema, sessionWriteErrors } from "../sessionRoutes.ts";
import { planExchangeRoutes } from "./exchange.ts";

const tags = ["actions"];
const readErrors = { 400: ErrorSchema, 401: ErrorSchema, 404: ErrorSchema };
/** Writes need an editor (or admin) session and its CSRF token. */
const writeErrors = sessionWriteErrors;

/** The plan's answers change with every edit, not with imports: never the read cache. */
const noStore = { "cache-control": "no-store" };

export function actionRoutes(context: ServiceContext, auth: Auth) {
	const { db } = context;
	const stampOf = (request: FastifyRequest): WriteStamp => {
		const session = auth.sessionOf(request);
		if (session.kind !== "live")
			throw new Error("a write route ran without requireRole");
		return { actor: session.user.name, at: context.now().toISOString() };
	};
	const editor = auth.requireRole("editor");

	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		app.addHook("onSend", async (_request, reply) => {
			reply.headers(noStore);
		});

		app.get(
			"",
			{
				schema: {
					tags,
					summary: "The action plan, filtered by status, factor or Insikt area",
					querystring: ActionListQuery,
					response: { 200: ActionListSchema, ...readErrors },
				},
			},
			async (request) => ({ actions: listActions(db, request.query) }),
		);

		app.post(
			"",
			{
				onRequest: editor,
				preValidation: refuseUnknownFields(CreateActionSchema),
				schema: sessionRouteSchema(tags, {
					summary: "Add an action (editor)",
					body: CreateActionSchema,
					response: { 201: ActionSchema, ...writeErrors },
				}),
			},
			async (request, reply) =>
				sendCreated(reply, createAction(db, request.body, stampOf(request))),
		);

		app.get(
			"/progress",
			{
				schema: {
					tags,
					summary:
						"Per action, how the figures it aims at moved since it started, with provenance",
					querystring: ProgressQuery,
					response: { 200: ProgressReportSchema, ...readErrors },
				},
			},
			async (request, reply) => {
				const {
					code = DEFAULT_MUNICIPALITY_CODE,
					year = null,
					...filter
				} = request.query;
				const municipality = findMunicipalityOr404(db, code, reply);
				if (!municipality) return reply;
				return buildProgressReport(
					context,
					municipality,
					listActions(db, filter),
					year,
				);
			},
		);

		app.get(
			"/:id",
			{
				schema: {
					tags,
					summary: "One action with its notes (archived ones too)",
					params: ActionIdParams,
					response: { 200: ActionDetailSchema, ...readErrors },
				},
			},
			async (request, reply) =>
				sendResult(reply, getActionDetail(db, request.params.id)),
		);

		app.patch(
			"/:id",
			{
				onRequest: editor,
				preValidation: refuseUnknownFields(PatchActionSchema),
				schema: sessionRouteSchema(tags, {
					summary:
						"Change an action (editor); archived: true archives it, false brings it back",
					params: ActionIdParams,
					body: PatchActionSchema,
					response: { 200: ActionSchema, ...writeErrors },
				}),
			},
			async (request, reply) =>
				sendResult(
					reply,
					patchAction(db, request.params.id, request.body, stampOf(request)),
				),
		);

		app.post(
			"/:id/notes",
			{
				onRequest: editor,
				preValidation: refuseUnknownFields(CreateNoteSchema),
				schema: sessionRouteSchema(tags, {
					summary: "Add a dated progress note (editor)",
					params: ActionIdParams,
					body: CreateNoteSchema,
					response: { 201: ActionNoteSchema, ...writeErrors },
				}),
			},
			async (request, reply) => {
				const stamp = stampOf(request);
				const { date = swedishDateOf(new Date(stamp.at)), text } = request.body;
				return sendCreated(
					reply,
					addActionNote(db, request.params.id, { date, text }, stamp),
				);
			},
		);

		app.get(
			"/:id/history",
			{
				schema: {
					tags,
					summary:
						"Every change to the action: who, when, field, old and new value",
					params: ActionIdParams,
					response: { 200: ActionHistorySchema, ...readErrors },
				},
			},
			async (request, reply) =>
				sendResult(reply, getActionHistory(db, request.params.id)),
		);

		await app.register(planExchangeRoutes(context, auth, stampOf));
	};
}
