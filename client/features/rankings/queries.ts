import {
	keepPreviousData,
	queryOptions,
	useQuery,
} from "@tanstack/react-query";
import type { NationalRanking } from "../../../server/schemas/rankings.ts";
import { apiPath, getJson } from "../../api/http.ts";

export const rankingsKeys = {
	all: ["rankings"] as const,
	year: (year: number | null) => [...rankingsKeys.all, { year }] as const,
};

/** All 290 for a year (GET /api/rankings); groups and searches are applied in the page. */
export const nationalRankingOptions = (year: number | null) =>
	queryOptions({
		queryKey: rankingsKeys.year(year),
		queryFn: ({ signal }) =>
			getJson<NationalRanking>(apiPath("/api/rankings", { year }), signal),
		placeholderData: keepPreviousData,
	});

export function useNationalRankingQuery(year: number | null, enabled = true) {
	return useQuery({ ...nationalRankingOptions(year), enabled });
}
