import autocannon from "autocannon";
import { load, median } from "./load.ts";

/** A costly read route, flooded; and a cheap one whose p99 the other users see meanwhile. */
const FLOODED = "/api/compare?codes=1402,1401,1480,1384&year=2023";
const PROBED = "/api/years";
const FLOOD_CONNECTIONS = 50;
const PROBE_CONNECTIONS = 5;

export interface JunkFlood {
	flooded: string;
	probed: string;
	/** p99 of the probed route while the flooded route is asked as it is. */
	cleanP99Ms: number;
	/** … while every flood request adds an unknown parameter of its own (`zz=<n>`). */
	junkP99Ms: number;
	/** junkP99Ms / cleanP99Ms: above 1 when junk parameters cost the server more than the same requests without. */
	ratio: number;
	/** Flood answers outside 2xx (a 429 means junk reached the rate limit of computed answers). */
	floodNon2xx: number;
}

/** Floods the route for `seconds`; with `junk`, each request carries another unknown parameter. */
function flood(base: string, seconds: number, junk: boolean) {
	let counter = 0;
	return autocannon({
		url: base + FLOODED,
		connections: FLOOD_CONNECTIONS,
		duration: seconds,
		requests: [
			{
				setupRequest: (request) =>
					junk ? { ...request, path: `${FLOODED}&zz=${counter++}` } : request,
			},
		],
	});
}

async function probeDuringFlood(base: string, seconds: number, junk: boolean) {
	const [flooded, probed] = await Promise.all([
		flood(base, seconds, junk),
		load(base + PROBED, seconds, undefined, PROBE_CONNECTIONS),
	]);
	return { p99: probed.p99, non2xx: flooded.non2xx + flooded.errors };
}

/**
 * What a flood of junk query parameters does to everyone else: the p99 of a cheap route while a
 * costly one is flooded with a fresh unknown parameter per request, against the same flood
 * without. The cache key is the validated request, so junk must cost nothing extra.
 */
export async function runJunkFlood(
	base: string,
	seconds: number,
	rounds = 3,
): Promise<JunkFlood> {
	const clean: number[] = [];
	const junk: number[] = [];
	let floodNon2xx = 0;
	for (let round = 0; round < rounds; round++)
		for (const withJunk of round % 2 === 0 ? [false, true] : [true, false]) {
			const result = await probeDuringFlood(base, seconds, withJunk);
			(withJunk ? junk : clean).push(result.p99);
			floodNon2xx += result.non2xx;
		}
	const cleanP99Ms = median(clean);
	const junkP99Ms = median(junk);
	return {
		flooded: FLOODED,
		probed: PROBED,
		cleanP99Ms,
		junkP99Ms,
		ratio: junkP99Ms / cleanP99Ms,
		floodNon2xx,
	};
}
