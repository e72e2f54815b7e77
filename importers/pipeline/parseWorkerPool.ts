import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { PROJECT_ROOT } from "../../db/projectRoot.ts";
import type {
	FileParser,
	ParsedFile,
	ParseInputs,
	ParseRequest,
} from "./parseFile.ts";
import type { ParseAnswer, ParseJob } from "./parseWorker.ts";

/** Why a file was not parsed by the worker; the API answers each with its own status. */
export type ParseWorkerFailureKind =
	/** The worker went past its heap limit (a hostile or giant file) and was stopped. */
	| "memory"
	/** The parse took longer than the time limit and the worker was stopped. */
	| "timeout"
	/** The worker died or threw for another reason (a bug): nothing to blame the file for. */
	| "crash"
	/** Too many uploads are waiting already. */
	| "busy"
	/** The pool is closing (the server shuts down). */
	| "closed";

export class ParseWorkerFailure extends Error {
	constructor(
		readonly kind: ParseWorkerFailureKind,
		message: string,
	) {
		super(message);
		this.name = "ParseWorkerFailure";
	}
}

export interface ParseWorkerPoolOptions {
	/**
	 * The worker's V8 heap limit (old generation), in MB. Statistik.xlsx (130,000 values) reads
	 * within about 200 MB of heap; the limit leaves room for three times that file.
	 */
	maxHeapMb?: number;
	/** How long one file may take to parse before the worker is stopped. */
	timeLimitMs?: number;
	/** Uploads that may wait behind the one being parsed; more are answered busy. */
	maxQueued?: number;
	/** A refused file's answer carries this many errors and warnings (and their totals). */
	issueLimit?: number;
	/** An idle worker is stopped after this long, giving its memory back. */
	idleMs?: number;
	/** Told when a file is handed to the worker (tests wait for it). */
	onParseStart?: () => void;
}

export const DEFAULT_PARSE_WORKER_LIMITS = {
	maxHeapMb: 256,
	timeLimitMs: 60_000,
	maxQueued: 4,
	issueLimit: 200,
	idleMs: 30_000,
} as const satisfies Required<Omit<ParseWorkerPoolOptions, "onParseStart">>;

export interface ParseWorkerPool {
	/** Parses on the worker thread; one file at a time, the others wait their turn. */
	parse: FileParser;
	/** Stops the worker; waiting and running parses fail with "closed". */
	close(): Promise<void>;
}

interface QueuedJob {
	request: ParseRequest;
	inputs: () => ParseInputs;
	resolve: (file: ParsedFile) => void;
	reject: (error: ParseWorkerFailure) => void;
}

/**
 * The worker's entry. Compiled (dist/node, production) it is the .js beside this module. From
 * the TypeScript sources (tsx, the tests) a worker does not inherit the caller's loader, so it
 * starts through server/run.mjs, which registers tsx and runs the .ts entry.
 */
function spawnWorker(maxHeapMb: number): Worker {
	const resourceLimits = {
		maxOldGenerationSizeMb: maxHeapMb,
		maxYoungGenerationSizeMb: Math.min(64, Math.max(8, maxHeapMb / 8)),
	};
	const entry = new URL(
		import.meta.url.endsWith(".ts") ? "./parseWorker.ts" : "./parseWorker.js",
		import.meta.url,
	);
	// Not the caller's node flags: some break a worker (--input-type, --eval), and the loader the
	// sources need is registered by run.mjs, not by an inherited --import.
	const execArgv: string[] = [];
	if (entry.pathname.endsWith(".js"))
		return new Worker(entry, { resourceLimits, execArgv });
	return new Worker(join(PROJECT_ROOT, "server", "run.mjs"), {
		resourceLimits,
		execArgv,
		argv: [relative(PROJECT_ROOT, fileURLToPath(entry))],
	});
}

function failureOf(error: unknown, maxHeapMb: number): ParseWorkerFailure {
	const code = (error as { code?: unknown } | null)?.code;
	if (code === "ERR_WORKER_OUT_OF_MEMORY")
		return new ParseWorkerFailure(
			"memory",
			`Reading the file needed more than the ${maxHeapMb} MB of memory an upload may use, so it was stopped.`,
		);
	return new ParseWorkerFailure(
		"crash",
		`The file reader stopped unexpectedly (${error instanceof Error ? error.message : String(error)}).`,
	);
}

/** The job for the worker, and what to move rather than copy: a copy of the bytes (the caller keeps its own). */
function jobMessage(
	id: number,
	job: QueuedJob,
	issueLimit: number,
): [ParseJob, ArrayBuffer[]] {
	const inputs = job.inputs();
	const bytes = new Uint8Array(job.request.bytes);
	return [
		{
			id,
			request: { ...job.request, bytes },
			inputs: {
				municipalities: inputs.municipalities,
				factorDefinitions: inputs.factorDefinitions(),
				maxYear: inputs.maxYear,
			},
			issueLimit,
		},
		[bytes.buffer],
	];
}

/**
 * One worker thread that parses uploads, one at a time, with a heap limit: a file that would
 * take the server's memory takes only the worker's, which is stopped and started afresh for the
 * next file. Jobs wait in a short queue; the database's inputs of a job are read when it starts,
 * after the previous job's write.
 */
export function createParseWorkerPool(
	options: ParseWorkerPoolOptions = {},
): ParseWorkerPool {
	const limits = { ...DEFAULT_PARSE_WORKER_LIMITS, ...options };
	const queue: QueuedJob[] = [];
	let worker: Worker | null = null;
	let running:
		| (QueuedJob & { id: number; worker: Worker; stop: () => void })
		| null = null;
	let nextId = 1;
	let idleTimer: NodeJS.Timeout | null = null;
	let closed = false;

	const stopWorker = (): Promise<unknown> => {
		const current = worker;
		worker = null;
		return current ? current.terminate() : Promise.resolve();
	};

	/** Settles the running job; `from` names the worker an event came from, if it did. */
	const finish = (
		outcome: ParsedFile | ParseWorkerFailure,
		from?: Worker,
	): void => {
		const job = running;
		// A stopped worker's late exit must not settle the next job, which runs on a new one.
		if (!job || (from !== undefined && from !== job.worker)) return;
		running = null;
		job.stop();
		if (outcome instanceof ParseWorkerFailure) job.reject(outcome);
		else job.resolve(outcome);
		// After the caller's write (it runs in the promise's continuation), not before it.
		setImmediate(startNext);
	};

	const workerFor = (): Worker => {
		if (worker) return worker;
		const created = spawnWorker(limits.maxHeapMb);
		created.on("message", (answer: ParseAnswer) => {
			if (answer.id !== running?.id) return;
			finish(
				answer.ok
					? answer.file
					: new ParseWorkerFailure(
							"crash",
							`The file reader failed (${answer.message}).`,
						),
				created,
			);
		});
		created.on("error", (error) => {
			if (worker === created) worker = null;
			finish(failureOf(error, limits.maxHeapMb), created);
		});
		created.on("exit", (code) => {
			if (worker === created) worker = null;
			finish(
				new ParseWorkerFailure(
					"crash",
					`The file reader exited with code ${code}.`,
				),
				created,
			);
		});
		worker = created;
		return created;
	};

	const startNext = (): void => {
		if (running || closed) return;
		const job = queue.shift();
		if (!job) {
			idleTimer ??= setTimeout(() => {
				idleTimer = null;
				if (!running) void stopWorker();
			}, limits.idleMs);
			idleTimer.unref();
			return;
		}
		if (idleTimer) clearTimeout(idleTimer);
		idleTimer = null;
		const id = nextId++;
		const current = workerFor();
		const timer = setTimeout(() => {
			finish(
				new ParseWorkerFailure(
					"timeout",
					`Reading the file took longer than ${limits.timeLimitMs / 1000} s, so it was stopped.`,
				),
			);
			void stopWorker();
		}, limits.timeLimitMs);
		current.ref();
		running = {
			...job,
			id,
			worker: current,
			stop: () => {
				clearTimeout(timer);
				current.unref();
			},
		};
		try {
			current.postMessage(...jobMessage(id, job, limits.issueLimit));
			options.onParseStart?.();
		} catch (error) {
			finish(failureOf(error, limits.maxHeapMb));
		}
	};

	const parse: FileParser = (request, inputs) =>
		new Promise<ParsedFile>((resolve, reject) => {
			if (closed)
				return reject(
					new ParseWorkerFailure("closed", "The server is shutting down."),
				);
			if (queue.length >= limits.maxQueued)
				return reject(
					new ParseWorkerFailure(
						"busy",
						`${queue.length + 1} uploads are being read already.`,
					),
				);
			queue.push({ request, inputs, resolve, reject });
			startNext();
		});

	const close = async (): Promise<void> => {
		closed = true;
		if (idleTimer) clearTimeout(idleTimer);
		const closing = new ParseWorkerFailure(
			"closed",
			"The server is shutting down.",
		);
		for (const job of queue.splice(0)) job.reject(closing);
		finish(closing);
		await stopWorker();
	};

	return { parse, close };
}
