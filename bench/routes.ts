/**
 * The read routes `npm run bench` loads, in one place. A route that does not answer 200 on the
 * bundled data (e.g. not built yet: 404) is skipped and reported as skipped.
 */
export interface BenchRoute {
	name: string;
	/** Path and query, asked exactly as written. */
	url: string;
}

export const READ_ROUTES: BenchRoute[] = [
	{ name: "municipalities", url: "/api/municipalities" },
	{ name: "ranking", url: "/api/municipalities/1402/ranking" },
	{ name: "gap", url: "/api/municipalities/1402/gap?year=2023" },
	{ name: "insikt", url: "/api/municipalities/1402/insikt?year=2023" },
	{ name: "compare", url: "/api/compare?codes=1402,1401,1480,1384&year=2023" },
];
