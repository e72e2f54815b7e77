/**
 * The worker thread of parseWorkerPool.ts: decodes, reads (an .xlsx workbook too), parses and
 * checks one file at a time with parseFileAsync, off the server's thread. It never touches the
 * database: the pool sends the stored names and factor definitions with each job.
 */
import { parentPort } from "node:worker_threads";
import type { MunicipalityNameRow } from "../../db/queries/imports/listMunicipalityNames.ts";
import type { SnFactorRow } from "../../domain/importRows.ts";
import {
	createParseContext,
	type ParsedFile,
	type ParseRequest,
	parseFileAsync,
} from "./parseFile.ts";

export interface ParseJob {
	id: number;
	request: ParseRequest;
	inputs: {
		municipalities: readonly MunicipalityNameRow[];
		factorDefinitions: SnFactorRow[];
		maxYear: number;
	};
	/** A refused file's answer carries this many errors and warnings at most, and their totals. */
	issueLimit: number;
}

export type ParseAnswer =
	| { id: number; ok: true; file: ParsedFile }
	| { id: number; ok: false; message: string };

/**
 * A refused file's issues can number one per cell; copying them all back would cost the
 * server's thread what the worker saves it. Nothing is written from a refused file, so the
 * first ones and the totals are all anyone reads.
 */
export function keepFirstIssues(file: ParsedFile, limit: number): ParsedFile {
	const { parsed } = file;
	if (parsed.errors.length === 0) return file;
	const omitted = {
		errors: Math.max(0, parsed.errors.length - limit),
		warnings: Math.max(0, parsed.warnings.length - limit),
	};
	if (omitted.errors === 0 && omitted.warnings === 0) return file;
	return {
		...file,
		parsed: {
			...parsed,
			errors: parsed.errors.slice(0, limit),
			warnings: parsed.warnings.slice(0, limit),
		},
		omittedIssues: omitted,
	};
}

async function answer(job: ParseJob): Promise<ParseAnswer> {
	try {
		const context = createParseContext(
			{
				...job.inputs,
				factorDefinitions: () => job.inputs.factorDefinitions,
			},
			job.request,
		);
		const file = await parseFileAsync(job.request, context);
		return {
			id: job.id,
			ok: true,
			file: keepFirstIssues(file, job.issueLimit),
		};
	} catch (error) {
		return {
			id: job.id,
			ok: false,
			message: error instanceof Error ? error.message : String(error),
		};
	}
}

const port = parentPort;
if (port)
	port.on("message", (job: ParseJob) => {
		void answer(job).then((reply) => port.postMessage(reply));
	});
