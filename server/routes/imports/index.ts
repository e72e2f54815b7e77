import fastifyMultipart from "@fastify/multipart";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { Db } from "../../../db/client.ts";
import { listImportRuns } from "../../../db/queries/imports/listImportRuns.ts";
import { importFileAsync } from "../../../importers/pipeline/importFile.ts";
import {
	createParseWorkerPool,
	ParseWorkerFailure,
	type ParseWorkerPoolOptions,
} from "../../../importers/pipeline/parseWorkerPool.ts";
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
	MAX_ISSUES_SENT,
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
	/** Limits of the worker thread that reads uploads (heap, time, queue); tests lower them. */
	parseWorker?: ParseWorkerPoolOptions;
}

const uploadErrors = {
	400: ErrorSchema,
	401: ErrorSchema,
	403: ErrorSchema,
	413: ErrorSchema,
	415: ErrorSchema,
	422: Type.Union([UploadRefusalSchema, ErrorSchema]),
	429: ErrorSchema,
	500: ErrorSchema,
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

const PARSE_FAILURE_ANSWERS: Record<
	ParseWorkerFailure["kind"],
	{ status: 422 | 500 | 503; code: string; advice: string }
> = {
	memory: {
		status: 422,
		code: "import_out_of_memory",
		advice:
			"Nothing was written. Split the file (by year, or one sheet a file) and upload the parts, or import it on the server with `npm run import`.",
	},
	timeout: {
		status: 422,
		code: "import_timed_out",
		advice:
			"Nothing was written. Split the file (by year, or one sheet a file) and upload the parts, or import it on the server with `npm run import`.",
	},
	crash: {
		status: 500,
		code: "import_crashed",
		advice:
			"Nothing was written. Upload the file again; if it fails again, run `npm run import` with it on the server to see why.",
	},
	busy: {
		status: 503,
		code: "imports_busy",
		advice:
			"Nothing was written. Wait a moment for the other uploads, then upload the file again.",
	},
	closed: {
		status: 503,
		code: "shutting_down",
		advice:
			"Nothing was written. Upload the file again when the server is back.",
	},
};

/** A file the worker could not read: what happened, and what the person can do about it. */
function sendParseFailure(
	reply: FastifyReply,
	failure: ParseWorkerFailure,
	fileName: string,
) {
	const { status, code, advice } = PARSE_FAILURE_ANSWERS[failure.kind];
	if (status === 503) void reply.header("retry-after", "10");
	return reply
		.code(status)
		.send(apiError(status, code, `${fileName}: ${failure.message} ${advice}`));
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
		// Uploads are read and parsed on a worker thread, so that reading a large file does not
		// hold up every other request; the write stays on this connection.
		const parseWorker = createParseWorkerPool({
			issueLimit: MAX_ISSUES_SENT,
			...options.parseWorker,
		});
		app.addHook("onClose", () => parseWorker.close());
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
					description: `multipart/form-data with the file in the field "${UPLOAD_FIELD}" (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB) and optionally the fields dryRun, replaceYears and source (or the same as query parameters). Runs the same import as \`npm run import\` with provenance "imported": the file's figures are written over the stored ones; with replaceYears, what the source stored for the file's years and the file does not carry is removed. The answer lists the changes, conflicts with published figures and removals. A refused file answers 422 with its first errors and their total; nothing is written. The file is read on a worker thread with a memory and a time limit: past them it answers 422 (import_out_of_memory, import_timed_out); a crashed reader 500 (import_crashed); too many uploads at once 503 (imports_busy) with Retry-After.`,
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
				const fileName = uploadLabel(upload.fileName);
				const result = await importFileAsync(
					db,
					{
						fileName,
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
					parseWorker.parse,
				).catch((error: unknown): WriteFailure | ParseWorkerFailure => {
					if (error instanceof ParseWorkerFailure) return error;
					const failure = writeFailureOf(error);
					if (!failure) throw error;
					return failure;
				});
				if (result instanceof ParseWorkerFailure)
					return sendParseFailure(reply, result, fileName);
				if (typeof result === "string") return sendWriteFailure(reply, result);
				const summary = summarizeImport(
					result,
					result.sha256,
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
