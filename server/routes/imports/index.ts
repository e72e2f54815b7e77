import fastifyMultipart from "@fastify/multipart";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Db } from "../../../db/client.ts";
import { listImportRuns } from "../../../db/queries/imports/listImportRuns.ts";
import {
	importFileAsync,
	sha256Of,
} from "../../../importers/pipeline/importFile.ts";
import { undoImport } from "../../../importers/pipeline/undoImport.ts";
import {
	WRITE_FAILURE_MESSAGES,
	type WriteFailure,
	writeFailureOf,
} from "../../../importers/pipeline/writeFailure.ts";
import type { Auth } from "../../plugins/auth.ts";
import { apiError } from "../../plugins/errors.ts";
import { ErrorSchema } from "../../schemas/errors.ts";
import {
	ImportRunListQuery,
	ImportRunListSchema,
	ImportRunParams,
	UndoRefusalSchema,
	UndoResultSchema,
	UploadQuery,
	UploadRefusalSchema,
	UploadResultSchema,
} from "../../schemas/imports.ts";
import { undoAnswer } from "./undoAnswer.ts";
import {
	type Clock,
	MAX_UPLOAD_BYTES,
	receiveUpload,
	refusal,
	summarizeImport,
	UPLOAD_FIELD,
	uploadLabel,
	uploadSettings,
} from "./upload.ts";

export interface ImportRouteOptions {
	/** Uploads need an admin session or the admin token (TOPP10_ADMIN_TOKEN). */
	auth: Auth;
	clock?: Clock;
	/** Uploads per client and minute. */
	uploadsPerMinute?: number;
}

const uploadErrors = {
	400: ErrorSchema,
	401: ErrorSchema,
	403: ErrorSchema,
	413: ErrorSchema,
	415: ErrorSchema,
	422: UploadRefusalSchema,
	429: ErrorSchema,
	503: ErrorSchema,
	507: ErrorSchema,
} as const;

type UploadErrorStatus = keyof typeof uploadErrors;

/** 503 with Retry-After while another writer holds the lock; 507 when the disk is full. */
function sendWriteFailure(reply: FastifyReply, failure: WriteFailure) {
	const status = failure === "busy" ? 503 : 507;
	if (failure === "busy") void reply.header("retry-after", "5");
	return reply
		.code(status)
		.send(
			apiError(
				status,
				failure === "busy" ? "database_busy" : "disk_full",
				WRITE_FAILURE_MESSAGES[failure].en,
			),
		);
}

/** The status an upload error declares; anything undeclared is a bad request. */
function uploadErrorStatus(status: number): UploadErrorStatus {
	return Object.hasOwn(uploadErrors, status)
		? (status as UploadErrorStatus)
		: 400;
}

export function importRoutes(db: Db, options: ImportRouteOptions) {
	const clock = options.clock ?? (() => new Date().toISOString());
	return async (base: FastifyInstance): Promise<void> => {
		const app = base.withTypeProvider<TypeBoxTypeProvider>();
		await app.register(fastifyMultipart, {
			limits: {
				fileSize: MAX_UPLOAD_BYTES,
				files: 1,
				fields: 10,
				fieldSize: 1024,
				parts: 11,
			},
		});

		app.get(
			"/",
			{
				schema: {
					tags: ["imports"],
					summary: "Import history, newest first",
					querystring: ImportRunListQuery,
					response: { 200: ImportRunListSchema, 400: ErrorSchema },
				},
			},
			async (request) => ({
				runs: listImportRuns(db, request.query.limit),
			}),
		);

		app.post(
			"/",
			{
				// Rate limit first, so that guessing the token is throttled too.
				onRequest: [
					// Refused attempts count in a bucket of their own, so a flood of wrong tokens
					// from an address never locks out the right one.
					app.rateLimit({
						max: options.uploadsPerMinute ?? 10,
						timeWindow: 60_000,
						keyGenerator: (request) =>
							`${request.ip}:${options.auth.isUploader(request) ? "admin" : "refused"}`,
					}),
					options.auth.requireAdminOrToken(),
				],
				bodyLimit: MAX_UPLOAD_BYTES + 64 * 1024,
				schema: {
					tags: ["imports"],
					summary: "Upload a file to import (admin session or admin token)",
					security: [{ sessionCookie: [], csrfToken: [] }, { adminToken: [] }],
					description: `multipart/form-data with the file in the field "${UPLOAD_FIELD}" (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB) and optionally the fields dryRun, replaceYears and source (or the same as query parameters). Runs the same import as \`npm run import\` with provenance "imported": the file's figures are written over the stored ones; with replaceYears, what the source stored for the file's years and the file does not carry is removed. The answer lists the changes, conflicts with published figures and removals. A refused file answers 422 with every error; nothing is written.`,
					consumes: ["multipart/form-data"],
					querystring: UploadQuery,
					response: { 200: UploadResultSchema, ...uploadErrors },
				},
			},
			async (request, reply) => {
				const upload = await receiveUpload(request);
				if ("error" in upload)
					return reply
						.code(uploadErrorStatus(upload.error.status))
						.send(upload);
				const settings = uploadSettings(upload.fields, request.query);
				if ("error" in settings)
					return reply
						.code(uploadErrorStatus(settings.error.status))
						.send(settings);
				const result = await importFileAsync(
					db,
					{
						fileName: uploadLabel(upload.fileName),
						bytes: upload.bytes,
						source: settings.source,
						options: {
							provenance: "imported",
							// Figures the file does not carry stay unless asked (replaceYears).
							mode: settings.replaceYears ? "replace-years" : "overlay",
							dryRun: settings.dryRun,
						},
					},
					clock,
				).catch((error: unknown): WriteFailure => {
					const failure = writeFailureOf(error);
					if (!failure) throw error;
					return failure;
				});
				if (typeof result === "string") return sendWriteFailure(reply, result);
				const summary = summarizeImport(
					result,
					sha256Of(upload.bytes),
					settings.replaceYears,
				);
				if (summary.outcome === "refused")
					return reply.code(422).send(refusal(summary));
				return summary;
			},
		);

		app.post(
			"/:id/undo",
			{
				onRequest: [
					app.rateLimit({
						max: options.uploadsPerMinute ?? 10,
						timeWindow: 60_000,
						keyGenerator: (request) =>
							`${request.ip}:undo:${options.auth.isUploader(request) ? "admin" : "refused"}`,
					}),
					options.auth.requireAdminOrToken(),
				],
				schema: {
					tags: ["imports"],
					summary:
						"Undo an import run: every figure it changed back as it was (admin session or admin token)",
					security: [{ sessionCookie: [], csrfToken: [] }, { adminToken: [] }],
					params: ImportRunParams,
					response: {
						200: UndoResultSchema,
						401: ErrorSchema,
						403: ErrorSchema,
						404: ErrorSchema,
						409: UndoRefusalSchema,
						429: ErrorSchema,
						503: ErrorSchema,
						507: ErrorSchema,
					},
				},
			},
			async (request, reply) => {
				let outcome: ReturnType<typeof undoImport>;
				try {
					outcome = undoImport(db, request.params.id, clock);
				} catch (error) {
					const failure = writeFailureOf(error);
					if (!failure) throw error;
					return sendWriteFailure(reply, failure);
				}
				const answer = undoAnswer(outcome);
				return reply.code(answer.status).send(answer.body);
			},
		);
	};
}
