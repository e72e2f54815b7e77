import { queryOptions, useQuery } from "@tanstack/react-query";
import type { InsiktReport } from "../../../server/schemas/insikt.ts";
import { apiPath, getJson } from "../../api/http.ts";
import type { HistoryOptions } from "../../api/municipalities.ts";
import { pickInsiktYear } from "./insiktData.ts";

export const insiktKeys = {
	all: ["insikt"] as const,
	report: (code: string, year: number | null, from: number | null) =>
		[...insiktKeys.all, code, { year, from }] as const,
};

export const insiktOptions = (
	code: string,
	year: number | null,
	from: number | null = null,
) =>
	queryOptions({
		queryKey: insiktKeys.report(code, year, from),
		queryFn: ({ signal }) =>
			getJson<InsiktReport>(
				apiPath(`/api/municipalities/${code}/insikt`, { year, from }),
				signal,
			),
	});

export function useInsiktQuery(
	code: string,
	year: number | null,
	{ from = null, enabled = true }: HistoryOptions = {},
) {
	return useQuery({ ...insiktOptions(code, year, from), enabled });
}

/**
 * The Insikt report for a ranking year: first the API's default (the latest Insikt year), then,
 * when the latest Insikt year up to the ranking year is another, that year's report.
 */
export function useInsiktForRankingYear(
	code: string,
	rankingYear: number | null,
	{ from = null, enabled = true }: HistoryOptions = {},
) {
	const latest = useInsiktQuery(code, null, { from });
	const wanted = latest.data
		? pickInsiktYear(latest.data.years, rankingYear)
		: null;
	const needsOther = enabled && wanted !== null && wanted !== latest.data?.year;
	const other = useInsiktQuery(code, wanted, { from, enabled: needsOther });
	return needsOther ? other : latest;
}
