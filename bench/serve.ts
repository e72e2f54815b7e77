/**
 * Child process of `npm run bench`: serves, on three free ports of 127.0.0.1,
 * - bare:   a bare Fastify instance answering each read route's URL with the same JSON bytes the
 *           real route gives, kept in memory as a Buffer (no plugins, no hooks, no schema);
 * - real:   the real app (buildApp) on a fresh database with the bundled data (1×);
 * - scaled: the real app on a copy of that database with 10× the data (see scaleData.ts).
 * All three share this process and the same logger settings (pino, level "warn", so no per-request
 * lines). Prints one JSON line (ServeInfo) and runs until stdin closes or SIGTERM.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Fastify, { type FastifyInstance } from "fastify";
import { openDatabase } from "../db/client.ts";
import { loadBundledData } from "../importers/pipeline/bundled.ts";
import { buildApp } from "../server/app.ts";
import { LOG_REDACT_PATHS } from "../server/plugins/security.ts";
import { READ_ROUTES } from "./routes.ts";
import { multiplyData, type ScaledTable } from "./scaleData.ts";

export const SCALE_FACTOR = 10;
const LOGGER = { level: "warn" } as const;

export interface ServedRoute {
	name: string;
	url: string;
	status: number;
	/** Status of the same URL on the 10× data. */
	scaledStatus: number;
	bytes: number;
	scaledBytes: number;
	/** The first (uncached) answer, ms, through inject. */
	coldMs: number;
	scaledColdMs: number;
	/** Why the route is left out, when it is. */
	skipped: string | null;
}

export interface ServeInfo {
	bare: string;
	real: string;
	scaled: string;
	routes: ServedRoute[];
	scaledTables: ScaledTable[];
}

async function listen(app: FastifyInstance): Promise<string> {
	return app.listen({ host: "127.0.0.1", port: 0 });
}

function reasonOf(status: number, body: string): string {
	try {
		const parsed = JSON.parse(body) as { error?: { message?: string } };
		return `${status}: ${parsed.error?.message ?? body.slice(0, 120)}`;
	} catch {
		return `${status}: ${body.slice(0, 120)}`;
	}
}

const dir = mkdtempSync(join(tmpdir(), "topp10-bench-"));
const clock = () => new Date().toISOString();
const one = openDatabase(join(dir, "one.db"));
loadBundledData(one.db, clock);
const scaledPath = join(dir, "scaled.db");
one.sqlite.prepare("vacuum into ?").run(scaledPath);
const ten = openDatabase(scaledPath);
const scaledTables = multiplyData(ten.sqlite, SCALE_FACTOR);

const real = await buildApp({ db: one.db, clientDir: null, logger: LOGGER });
const scaled = await buildApp({ db: ten.db, clientDir: null, logger: LOGGER });
// buildApp adds the redaction of credentials to its logger; the bare instance gets the same.
const bare = Fastify({
	logger: {
		...LOGGER,
		redact: { paths: LOG_REDACT_PATHS, censor: "[redacted]" },
	},
});
const bodies = new Map<string, Buffer>();
const barePaths = new Set<string>();
const routes: ServedRoute[] = [];
for (const route of READ_ROUTES) {
	const coldStart = performance.now();
	const answer = await real.inject({ url: route.url });
	const coldMs = performance.now() - coldStart;
	const scaledColdStart = performance.now();
	const scaledAnswer = await scaled.inject({ url: route.url });
	const scaledColdMs = performance.now() - scaledColdStart;
	const skipped =
		answer.statusCode !== 200
			? reasonOf(answer.statusCode, answer.body)
			: scaledAnswer.statusCode !== 200
				? `10× data: ${reasonOf(scaledAnswer.statusCode, scaledAnswer.body)}`
				: null;
	routes.push({
		...route,
		status: answer.statusCode,
		scaledStatus: scaledAnswer.statusCode,
		bytes: answer.rawPayload.length,
		scaledBytes: scaledAnswer.rawPayload.length,
		coldMs,
		scaledColdMs,
		skipped,
	});
	if (skipped) continue;
	const path = route.url.split("?")[0] ?? route.url;
	if (!barePaths.has(path))
		bare.get(path, (request, reply) => {
			const body = bodies.get(request.url);
			if (body === undefined) return reply.code(404).send();
			return reply.type("application/json; charset=utf-8").send(body);
		});
	barePaths.add(path);
	bodies.set(route.url, answer.rawPayload);
}

const info: ServeInfo = {
	bare: await listen(bare),
	real: await listen(real),
	scaled: await listen(scaled),
	routes,
	scaledTables,
};
process.stdout.write(`${JSON.stringify(info)}\n`);

let closing = false;
async function close(): Promise<void> {
	if (closing) return;
	closing = true;
	await Promise.all([bare.close(), real.close(), scaled.close()]);
	one.close();
	ten.close();
	rmSync(dir, { recursive: true, force: true });
	process.exit(0);
}
process.stdin.on("end", () => void close());
// The parent asks for this process's CPU time around each load run: µs per request, a measure
// that other work on the machine disturbs far less than requests per second.
process.on("message", (message) => {
	if (message === "cpu") {
		const usage = process.cpuUsage();
		process.send?.({ cpuUs: usage.user + usage.system });
	}
});
process.stdin.resume();
process.on("SIGTERM", () => void close());
