import fastifyMultipart from "@fastify/multipart";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { listActionNotes } from "../../../db/queries/actions/listActionNotes.ts";
import { listActions } from "../../../db/queries/actions/listActions.ts";
import { listFactorLabels } from "../../../db/queries/ranking/listFactorIds.ts";
import { swedishDateOf } from "../../../domain/calendarDate.ts";
import type { Auth } from "../../plugins/auth.ts";
import {
	PlanExportQuery,
	PlanImportQuery,
	PlanImportRefusalSchema,
	PlanImportResultSchema,
} from "../../schemas/actions.ts";
import { ErrorSchema } from "../../schemas/errors.ts";
import {
	importPlanWorkbook,
	planRefusal,
} from "../../services/actions/importPlan.ts";
import type { WriteStamp } from "../../services/actions/saveAction.ts";
import { writePlanWorkbook } from "../../services/actions/writePlanWorkbook.ts";
import type { ServiceContext } from "../../services/context.ts";
import {
	MAX_UPLOAD_BYTES,
	receiveUpload,
	UPLOAD_FIELD,
	uploadLabel,
} from "../imports/upload.ts";
import { SESSION_SECURITY } from "../sessionRoutes.ts";

const XLSX_TYPE =
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const tags = ["actions"];

/** The plan as .xlsx and back: the näringslivsgrupp can work in Excel and bring the file home. */
export function planExchangeRoutes(
	context: ServiceContext,
	auth: Auth,
	stampOf: (request: FastifyRequest) => WriteStamp,
) {
	const { db } = context;
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		await app.register(fastifyMultipart, {
			limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6 },
		});

		app.get(
			"/export.xlsx",
			{
				schema: {
					tags,
					summary:
						"The plan as .xlsx: one row per action (sheet Åtgärder), the notes on a second sheet",
					querystring: PlanExportQuery,
					produces: [XLSX_TYPE],
					response: {
						200: { type: "string", format: "binary" },
						400: ErrorSchema,
						401: ErrorSchema,
					},
				},
			},
			async (request, reply) => {
				const actions = listActions(db, request.query);
				const notes = listActionNotes(
					db,
					actions.map((a) => a.id),
				);
				const file = await writePlanWorkbook(
					actions,
					notes,
					listFactorLabels(db),
				);
				const date = swedishDateOf(context.now());
				return reply
					.type(XLSX_TYPE)
					.header(
						"content-disposition",
						`attachment; filename="handlingsplan-${date}.xlsx"`,
					)
					.send(file);
			},
		);

		app.post(
			"/import",
			{
				onRequest: auth.requireRole("editor"),
				bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024,
				schema: {
					tags,
					security: SESSION_SECURITY,
					summary:
						"Bring an edited plan workbook back (editor); dryRun=true previews",
					description: `multipart/form-data with the .xlsx in the field "${UPLOAD_FIELD}". Rows with an Id change that action (one history row per changed field), rows without one add actions, new rows on the sheet Anteckningar add notes; actions missing from the file are left as they are. A file with any error answers 422 and nothing is written.`,
					consumes: ["multipart/form-data"],
					querystring: PlanImportQuery,
					response: {
						200: PlanImportResultSchema,
						400: ErrorSchema,
						401: ErrorSchema,
						403: ErrorSchema,
						413: ErrorSchema,
						415: ErrorSchema,
						422: PlanImportRefusalSchema,
					},
				},
			},
			async (request, reply) => {
				const upload = await receiveUpload(request);
				if ("error" in upload) {
					const { status } = upload.error;
					return reply
						.code(status === 415 ? 415 : status === 413 ? 413 : 400)
						.send(upload);
				}
				const result = await importPlanWorkbook(
					db,
					{ fileName: uploadLabel(upload.fileName), bytes: upload.bytes },
					request.query.dryRun,
					stampOf(request),
				);
				if (result.outcome !== "refused") return result;
				return reply.code(422).send(planRefusal(result));
			},
		);
	};
}
