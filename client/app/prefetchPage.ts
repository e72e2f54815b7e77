import type { QueryClient } from "@tanstack/react-query";
import type { DataYears } from "../../server/schemas/years.ts";
import {
	municipalityListOptions,
	rankingOptions,
} from "../api/municipalities.ts";
import { yearsOptions } from "../api/years.ts";
import {
	comparisonOptions,
	groupsOptions,
} from "../features/compare/queries.ts";
import {
	choosePeers,
	peersKnownWithoutGroups,
} from "../features/compare/usePeerSelection.ts";
import { gapOptions } from "../features/factors/queries.ts";
import { insiktOptions } from "../features/insikt/queries.ts";
import { nationalRankingOptions } from "../features/rankings/queries.ts";
import { readSelection, type Selection } from "../state/selection.ts";
import { latestRankingYear } from "../state/useYear.ts";
import { normalisePath } from "./routes.ts";

/**
 * Starts the first API requests of the page the URL names while its code (and the chart library)
 * is still loading, with the same query keys the page uses, so the page finds its data in the
 * cache instead of asking only once it has rendered. Failures are left for the page to show.
 *
 * `embeddedYears` is /api/years' answer as index.html carries it (embeddedYears.ts): it goes
 * into the cache as that query's data, and the page's own requests leave at once instead of
 * after a round-trip for the default year. Without it (the Vite dev server) the years are asked
 * for first.
 */
export async function prefetchPage(
	client: QueryClient,
	url: URL,
	embeddedYears: DataYears | null = null,
) {
	if (embeddedYears)
		client.setQueryData(yearsOptions().queryKey, embeddedYears);
	const path = normalisePath(url.pathname);
	const firstRequests = FIRST_REQUESTS[path];
	if (!firstRequests) return;
	const selection = readSelection(url.searchParams);
	// Asked for at once, before the page's code is requested: over HTTP/1.1 a browser opens six
	// connections to a host, and a request made after the page's chunks waits behind them. A
	// later fetchQuery of the same options shares the request.
	const years = embeddedYears ?? handled(client.fetchQuery(yearsOptions()));
	handled(client.fetchQuery(municipalityListOptions()));
	if (PAGES_READING_GROUPS.has(path))
		handled(client.fetchQuery(groupsOptions()));
	try {
		// No await when the years are known: the requests go out before the page's chunks do.
		const year =
			selection.yearParam ??
			latestRankingYear(years instanceof Promise ? await years : years);
		await firstRequests({ client, url, selection, year });
	} catch {
		// The page asks again and shows the error in its own words.
	}
}

/** The promise, marked as handled: a page that does not wait for it leaves its failure to the query. */
function handled<T>(promise: Promise<T>): Promise<T> {
	promise.catch(() => {});
	return promise;
}

/** The list and the years every page's header reads; the groups Jämför and Rankning read. */
const PAGES_READING_GROUPS = new Set(["/jamfor", "/rankning"]);

interface PageContext {
	client: QueryClient;
	url: URL;
	selection: Selection;
	/** The year the page shows: `ar`, else the default year (as useYear decides it). */
	year: number | null;
}

const FIRST_REQUESTS: Record<string, (page: PageContext) => Promise<void>> = {
	"/": prefetchRankingAndGap,
	"/rapport": prefetchRankingAndGap,
	"/faktorer": ({ client, selection, year }) =>
		client.prefetchQuery(gapOptions(selection.code, year)),
	"/insikt": ({ client, selection, year }) =>
		client.prefetchQuery(
			insiktOptions(selection.code, {
				rankingYear: year,
				from: selection.fromParam,
			}),
		),
	"/jamfor": prefetchComparison,
	"/rankning": ({ client, year }) =>
		client.prefetchQuery(nationalRankingOptions(year)),
};

async function prefetchRankingAndGap({ client, selection, year }: PageContext) {
	const { code, targetYearParam, fromParam } = selection;
	await Promise.all([
		client.prefetchQuery(
			rankingOptions(code, year, targetYearParam, fromParam),
		),
		client.prefetchQuery(gapOptions(code, year)),
	]);
}

async function defaultPeers(client: QueryClient, url: URL, code: string) {
	const groups = await client.fetchQuery(groupsOptions());
	return choosePeers(url.searchParams, code, groups);
}

async function prefetchComparison({
	client,
	url,
	selection,
	year,
}: PageContext) {
	const peers =
		peersKnownWithoutGroups(url.searchParams, selection.code) ??
		(await defaultPeers(client, url, selection.code));
	if (peers)
		await client.prefetchQuery(
			comparisonOptions(peers, year, selection.fromParam),
		);
}
