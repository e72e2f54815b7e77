import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GapReport } from "../../server/schemas/gap.ts";
import type { InsiktReport } from "../../server/schemas/insikt.ts";
import type { MunicipalityList } from "../../server/schemas/municipalities.ts";
import type { Ranking } from "../../server/schemas/ranking.ts";
import { getJson } from "../api.ts";

export const municipalityKeys = {
	all: ["municipalities"] as const,
	list: () => [...municipalityKeys.all, "list"] as const,
	ranking: (code: string, targetYear: number | null = null) =>
		[...municipalityKeys.all, code, "ranking", { targetYear }] as const,
	gap: (code: string, year: number | null) =>
		[...municipalityKeys.all, code, "gap", { year }] as const,
	insikt: (code: string, year: number | null) =>
		[...municipalityKeys.all, code, "insikt", { year }] as const,
};

const withYear = (path: string, name: string, year: number | null) =>
	year === null ? path : `${path}?${name}=${year}`;

export const municipalityListOptions = () =>
	queryOptions({
		queryKey: municipalityKeys.list(),
		queryFn: ({ signal }) =>
			getJson<MunicipalityList>("/api/municipalities", signal),
		staleTime: Number.POSITIVE_INFINITY,
	});

export const rankingOptions = (
	code: string,
	targetYear: number | null = null,
) =>
	queryOptions({
		queryKey: municipalityKeys.ranking(code, targetYear),
		queryFn: ({ signal }) =>
			getJson<Ranking>(
				withYear(
					`/api/municipalities/${code}/ranking`,
					"targetYear",
					targetYear,
				),
				signal,
			),
	});

export const gapOptions = (code: string, year: number | null) =>
	queryOptions({
		queryKey: municipalityKeys.gap(code, year),
		queryFn: ({ signal }) =>
			getJson<GapReport>(
				withYear(`/api/municipalities/${code}/gap`, "year", year),
				signal,
			),
	});

export const insiktOptions = (code: string, year: number | null) =>
	queryOptions({
		queryKey: municipalityKeys.insikt(code, year),
		queryFn: ({ signal }) =>
			getJson<InsiktReport>(
				withYear(`/api/municipalities/${code}/insikt`, "year", year),
				signal,
			),
	});

export function useMunicipalityListQuery() {
	return useQuery(municipalityListOptions());
}

export function useRankingQuery(
	code: string | null,
	targetYear: number | null = null,
) {
	return useQuery({
		...rankingOptions(code ?? "", targetYear),
		enabled: code !== null,
	});
}

/** The gap report; `enabled` waits until the year is known. */
export function useGapQuery(code: string, year: number | null, enabled = true) {
	return useQuery({ ...gapOptions(code, year), enabled });
}

export function useInsiktQuery(
	code: string,
	year: number | null,
	enabled = true,
) {
	return useQuery({ ...insiktOptions(code, year), enabled });
}
