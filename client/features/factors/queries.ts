import {
	keepPreviousData,
	queryOptions,
	useQuery,
} from "@tanstack/react-query";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { NationalRanking } from "../../../server/schemas/rankings.ts";
import type {
	WhatIfReport,
	WhatIfRequest,
} from "../../../server/schemas/whatIf.ts";
import { apiPath, getJson, postJson } from "../../api/http.ts";

export const factorKeys = {
	all: ["factors"] as const,
	gap: (code: string, year: number | null) =>
		[...factorKeys.all, code, "gap", { year }] as const,
	whatIf: (request: WhatIfRequest) =>
		[...factorKeys.all, "what-if", request] as const,
};

export const gapOptions = (code: string, year: number | null) =>
	queryOptions({
		queryKey: factorKeys.gap(code, year),
		queryFn: ({ signal }) =>
			getJson<GapReport>(
				apiPath(`/api/municipalities/${code}/gap`, { year }),
				signal,
			),
	});

/** POST /api/what-if is a pure computation, so it is cached like a read, keyed by the request. */
export const whatIfOptions = (request: WhatIfRequest) =>
	queryOptions({
		queryKey: factorKeys.whatIf(request),
		queryFn: ({ signal }) =>
			postJson<WhatIfReport>("/api/what-if", request, signal),
		placeholderData: keepPreviousData,
		staleTime: Number.POSITIVE_INFINITY,
	});

/**
 * GET /api/rankings for a year: every municipality's factor values with Topp10's rank per factor.
 * Keyed like the Rankning page's query, so the two share one cached answer.
 */
export const factorRanksOptions = (year: number | null) =>
	queryOptions({
		queryKey: ["rankings", { year }] as const,
		queryFn: ({ signal }) =>
			getJson<NationalRanking>(apiPath("/api/rankings", { year }), signal),
	});

export function useFactorRanksQuery(year: number | null, enabled = true) {
	return useQuery({ ...factorRanksOptions(year), enabled });
}

/** The gap report; `enabled` waits until the year is known. */
export function useGapQuery(code: string, year: number | null, enabled = true) {
	return useQuery({ ...gapOptions(code, year), enabled });
}

export function useWhatIfQuery(request: WhatIfRequest, enabled = true) {
	return useQuery({ ...whatIfOptions(request), enabled });
}
