import { queryOptions, useQuery } from "@tanstack/react-query";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import { apiPath, getJson } from "../../api/http.ts";
import type { HistoryOptions } from "../../api/municipalities.ts";

export const insiktKeys = {
	all: ["insikt"] as const,
	report: (
		code: string,
		year: number | null,
		rankingYear: number | null,
		from: number | null,
	) => [...insiktKeys.all, code, { year, rankingYear, from }] as const,
};

/** An Insikt year (`year`), or what stands for a ranking year (`rankingYear`), or the latest complete one. */
export const insiktOptions = (
	code: string,
	{
		year = null,
		rankingYear = null,
		from = null,
	}: {
		year?: number | null;
		rankingYear?: number | null;
		from?: number | null;
	},
) =>
	queryOptions({
		queryKey: insiktKeys.report(code, year, rankingYear, from),
		queryFn: ({ signal }) =>
			getJson<InsiktReport>(
				apiPath(`/api/municipalities/${code}/insikt`, {
					year,
					rankingYear,
					from,
				}),
				signal,
			),
	});

export function useInsiktQuery(
	code: string,
	year: number | null,
	{ from = null, enabled = true }: HistoryOptions = {},
) {
	return useQuery({ ...insiktOptions(code, { year, from }), enabled });
}

/**
 * Insikt as known for a ranking year: the API summarises the latest Insikt year up to it, or
 * answers with no summary when there is none (it never shows a later year in its place).
 */
export function useInsiktForRankingYear(
	code: string,
	rankingYear: number | null,
	{ from = null, enabled = true }: HistoryOptions = {},
) {
	return useQuery({
		...insiktOptions(code, { rankingYear, from }),
		enabled: enabled && rankingYear !== null,
	});
}
