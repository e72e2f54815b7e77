import {
	keepPreviousData,
	queryOptions,
	useQuery,
} from "@tanstack/react-query";
import type {
	Comparison,
	PeerGroupList,
} from "../../../server/schemas/compare.ts";
import type { SimilarReport } from "../../../server/schemas/similar.ts";
import { apiPath, getJson } from "../../api/http.ts";
import type { HistoryOptions } from "../../api/municipalities.ts";
import { type SimilarChoice, similarParams } from "./similarChoice.ts";

export type PeerSelection =
	| { kind: "group"; group: string }
	| { kind: "codes"; codes: string[] };

export const compareKeys = {
	all: ["compare"] as const,
	groups: () => [...compareKeys.all, "groups"] as const,
	comparison: (
		peers: PeerSelection,
		year: number | null,
		from: number | null,
	) => [...compareKeys.all, peers, { year, from }] as const,
	similar: (code: string, year: number | null, choice: SimilarChoice) =>
		[...compareKeys.all, "similar", code, year, choice] as const,
};

export function comparePath(
	peers: PeerSelection,
	year: number | null,
	from: number | null = null,
): string {
	return apiPath("/api/compare", {
		group: peers.kind === "group" ? peers.group : null,
		codes: peers.kind === "codes" ? peers.codes.join(",") : null,
		year,
		from,
	});
}

export const groupsOptions = () =>
	queryOptions({
		queryKey: compareKeys.groups(),
		queryFn: ({ signal }) => getJson<PeerGroupList>("/api/groups", signal),
		staleTime: Number.POSITIVE_INFINITY,
	});

export const comparisonOptions = (
	peers: PeerSelection,
	year: number | null,
	from: number | null = null,
) =>
	queryOptions({
		queryKey: compareKeys.comparison(peers, year, from),
		queryFn: ({ signal }) =>
			getJson<Comparison>(comparePath(peers, year, from), signal),
		placeholderData: keepPreviousData,
	});

export function useGroupsQuery() {
	return useQuery(groupsOptions());
}

export function useComparisonQuery(
	peers: PeerSelection,
	year: number | null,
	{ from = null, enabled = true }: HistoryOptions = {},
) {
	return useQuery({ ...comparisonOptions(peers, year, from), enabled });
}

/** The municipalities most like one (GET /api/municipalities/:code/similar), as the choice asks. */
export const similarOptions = (
	code: string,
	year: number | null,
	choice: SimilarChoice,
) =>
	queryOptions({
		queryKey: compareKeys.similar(code, year, choice),
		queryFn: ({ signal }) =>
			getJson<SimilarReport>(
				apiPath(`/api/municipalities/${code}/similar`, {
					year,
					...similarParams(choice),
				}),
				signal,
			),
		placeholderData: keepPreviousData,
	});

export function useSimilarQuery(
	code: string,
	year: number | null,
	choice: SimilarChoice,
	enabled = true,
) {
	return useQuery({ ...similarOptions(code, year, choice), enabled });
}
