import type { QueryClient } from "@tanstack/react-query";
import {
	municipalityListOptions,
	rankingOptions,
} from "../api/municipalities.ts";
import { yearsOptions } from "../api/years.ts";
import {
	comparisonOptions,
	groupsOptions,
} from "../features/compare/queries.ts";
import { choosePeers } from "../features/compare/usePeerSelection.ts";
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
 */
export async function prefetchPage(client: QueryClient, url: URL) {
	const firstRequests = FIRST_REQUESTS[normalisePath(url.pathname)];
	if (!firstRequests) return;
	const selection = readSelection(url.searchParams);
	try {
		const year = selection.yearParam ?? (await fetchDefaultYear(client));
		await firstRequests({ client, url, selection, year });
	} catch {
		// The page asks again and shows the error in its own words.
	}
}

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

async function fetchDefaultYear(client: QueryClient): Promise<number | null> {
	return latestRankingYear(await client.fetchQuery(yearsOptions()));
}

async function prefetchRankingAndGap({ client, selection, year }: PageContext) {
	const { code, targetYearParam, fromParam } = selection;
	await Promise.all([
		client.prefetchQuery(
			rankingOptions(code, year, targetYearParam, fromParam),
		),
		client.prefetchQuery(gapOptions(code, year)),
	]);
}

async function prefetchComparison({
	client,
	url,
	selection,
	year,
}: PageContext) {
	const [groups, list] = await Promise.all([
		client.fetchQuery(groupsOptions()),
		client.fetchQuery(municipalityListOptions()),
	]);
	const peers = choosePeers(url.searchParams, selection.code, groups, list);
	if (peers)
		await client.prefetchQuery(
			comparisonOptions(peers, year, selection.fromParam),
		);
}
