import autocannon from "autocannon";

export const CONNECTIONS = 50;

export interface LoadResult {
	/** Completed requests per second. */
	rps: number;
	/** 99th percentile latency, ms. */
	p99: number;
	requests: number;
	seconds: number;
	/** Connection errors and timeouts. */
	errors: number;
	/** Responses with a status outside 2xx. */
	non2xx: number;
	/** Server CPU time (user + system) per completed request, µs; NaN when not measured. */
	cpuUsPerRequest: number;
}

/** Reads the server process's CPU time so far, µs. */
export type CpuProbe = () => Promise<number>;

/** One autocannon run: CONNECTIONS connections, no pipelining, for `seconds`. */
export function load(
	url: string,
	seconds: number,
	cpu?: CpuProbe,
	connections = CONNECTIONS,
): Promise<LoadResult> {
	return runLoad(url, { duration: seconds }, cpu, connections);
}

/**
 * Loads the URL from now until `done` settles (at most `maxSeconds`): the p99 over every request
 * made meanwhile, not the worst of several shorter windows.
 */
export function loadUntil(
	url: string,
	done: Promise<unknown>,
	connections: number,
	maxSeconds = 120,
): Promise<LoadResult> {
	return runLoad(
		url,
		{ duration: maxSeconds, stopWhen: done },
		undefined,
		connections,
	);
}

async function runLoad(
	url: string,
	{ duration, stopWhen }: { duration: number; stopWhen?: Promise<unknown> },
	cpu: CpuProbe | undefined,
	connections: number,
): Promise<LoadResult> {
	const cpuBefore = cpu ? await cpu() : Number.NaN;
	// autocannon's own histogram keeps whole milliseconds, too coarse for p99s of 2–4 ms: the
	// ratio of 3 ms to 2 ms would be a rounding, not a measurement. Its response events carry
	// the exact time.
	const latencies: number[] = [];
	const result = await new Promise<autocannon.Result>((resolve, reject) => {
		const instance = autocannon(
			{ url, connections, pipelining: 1, duration },
			(error, finished) => (error ? reject(error) : resolve(finished)),
		);
		instance.on("response", (_client, _status, _bytes, responseTime) => {
			latencies.push(responseTime);
		});
		const stop = () => instance.stop();
		stopWhen?.then(stop, stop);
	});
	return {
		rps: result.requests.total / result.duration,
		p99: percentile(latencies, 0.99),
		requests: result.requests.total,
		seconds: result.duration,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx,
		cpuUsPerRequest: cpu
			? ((await cpu()) - cpuBefore) / Math.max(1, result.requests.total)
			: Number.NaN,
	};
}

/** The nearest-rank percentile; NaN without values. */
export function percentile(values: number[], share: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = Float64Array.from(values).sort();
	const rank = Math.min(sorted.length, Math.ceil(share * sorted.length));
	return sorted[Math.max(0, rank - 1)] ?? Number.NaN;
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1
		? (sorted[middle] ?? Number.NaN)
		: ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

export interface Comparison {
	base: LoadResult;
	subject: LoadResult;
	/** Median over the rounds of subject/base requests per second. */
	throughputRatio: number;
	/** Median over the rounds of subject/base p99. */
	p99Ratio: number;
	/** Median over the rounds of base/subject server CPU per request: capacity, subject vs base. */
	cpuCapacityRatio: number;
}

/**
 * Loads two URLs turn about, so that whatever else the machine is doing hits both alike: a
 * warm-up run of each (discarded), then `rounds` rounds, each a run of both back to back (the
 * order alternating between rounds). The ratios are the medians of the rounds' ratios; the totals
 * add all rounds up (p99: the median of the rounds' p99s).
 */
export async function compareLoad(
	baseUrl: string,
	subjectUrl: string,
	options: {
		rounds: number;
		seconds: number;
		warmupSeconds: number;
		cpu?: CpuProbe;
	},
): Promise<Comparison> {
	const { cpu } = options;
	await load(baseUrl, options.warmupSeconds);
	await load(subjectUrl, options.warmupSeconds);
	const base: LoadResult[] = [];
	const subject: LoadResult[] = [];
	for (let round = 0; round < options.rounds; round++) {
		if (round % 2 === 0) {
			base.push(await load(baseUrl, options.seconds, cpu));
			subject.push(await load(subjectUrl, options.seconds, cpu));
		} else {
			subject.push(await load(subjectUrl, options.seconds, cpu));
			base.push(await load(baseUrl, options.seconds, cpu));
		}
	}
	const pairs = base.map((b, i) => ({ b, s: subject[i] ?? b }));
	return {
		base: combine(base),
		subject: combine(subject),
		throughputRatio: median(pairs.map(({ b, s }) => s.rps / b.rps)),
		p99Ratio: median(pairs.map(({ b, s }) => s.p99 / b.p99)),
		cpuCapacityRatio: median(
			pairs.map(({ b, s }) => b.cpuUsPerRequest / s.cpuUsPerRequest),
		),
	};
}

function combine(runs: LoadResult[]): LoadResult {
	const requests = runs.reduce((sum, run) => sum + run.requests, 0);
	const seconds = runs.reduce((sum, run) => sum + run.seconds, 0);
	return {
		rps: requests / seconds,
		p99: median(runs.map((run) => run.p99)),
		requests,
		seconds,
		errors: runs.reduce((sum, run) => sum + run.errors, 0),
		non2xx: runs.reduce((sum, run) => sum + run.non2xx, 0),
		cpuUsPerRequest: median(runs.map((run) => run.cpuUsPerRequest)),
	};
}
