import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { FIXTURES_DIR } from "../../../importers/pipeline/bundled.ts";
import { importFile } from "../../../importers/pipeline/importFile.ts";
import { type AppOptions, buildApp } from "../../app.ts";
import {
	createTestDatabase,
	FIXED_CLOCK,
	TEST_PRESSURE,
	type TestDatabase,
} from "../../test/testApp.ts";

export const ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

export interface UploadPart {
	name: string;
	value: string | Uint8Array;
	/** Makes the part a file part. */
	fileName?: string;
}

/** A multipart/form-data body, encoded by the platform's own FormData. */
export async function multipartBody(
	parts: UploadPart[],
): Promise<{ payload: Buffer; contentType: string }> {
	const form = new FormData();
	for (const part of parts) {
		if (part.fileName === undefined) form.append(part.name, String(part.value));
		else
			form.append(
				part.name,
				new Blob([
					typeof part.value === "string"
						? part.value
						: new Uint8Array(part.value),
				]),
				part.fileName,
			);
	}
	const request = new Request("http://localhost/", {
		method: "POST",
		body: form,
	});
	return {
		payload: Buffer.from(await request.arrayBuffer()),
		contentType: request.headers.get("content-type") ?? "",
	};
}

export interface UploadTestApp {
	app: FastifyInstance;
	database: TestDatabase;
	close(): Promise<void>;
}

/**
 * The real app on a fresh database holding only the municipality list (so these tests do not
 * depend on the bundled data set), with the given admin token.
 */
export async function createUploadTestApp(
	adminToken: string | null = ADMIN_TOKEN,
	logger?: { level: string; stream: { write(line: string): void } },
	appOptions: Pick<AppOptions, "parseWorker"> = {},
): Promise<UploadTestApp> {
	const database = createTestDatabase({ bundled: false });
	const list = importFile(
		database.handle.db,
		{
			fileName: "municipalities.csv",
			bytes: readFileSync(
				join(FIXTURES_DIR, "municipalities", "municipalities.csv"),
			),
			source: "municipalities",
			options: { provenance: "published", mode: "overlay", dryRun: false },
		},
		FIXED_CLOCK,
	);
	if (!list.ok) throw new Error("the municipality list does not import");
	const app = await buildApp({
		db: database.handle.db,
		clientDir: null,
		adminToken,
		pressure: TEST_PRESSURE,
		...(logger ? { logger } : {}),
		...appOptions,
	});
	return {
		app,
		database,
		close: async () => {
			await app.close();
			database.remove();
		},
	};
}

export function fixture(path: string): Buffer {
	return readFileSync(join(FIXTURES_DIR, path));
}

/** Uploads one file with the admin token, from its own address unless given one. */
export async function uploadFile(
	testApp: UploadTestApp,
	fileName: string,
	bytes: Uint8Array,
	options: { query?: string; remoteAddress?: string } = {},
) {
	const { payload, contentType } = await multipartBody([
		{ name: "file", value: bytes, fileName },
	]);
	return testApp.app.inject({
		method: "POST",
		url: `/api/imports${options.query ?? ""}`,
		headers: {
			"content-type": contentType,
			authorization: `Bearer ${ADMIN_TOKEN}`,
		},
		payload,
		remoteAddress: options.remoteAddress ?? "10.9.0.1",
	});
}
