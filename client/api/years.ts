import { queryOptions, useQuery } from "@tanstack/react-query";
import type { DataYears } from "../../server/schemas/years.ts";
import { getJson } from "./http.ts";

export const yearKeys = { all: ["years"] as const };

export const yearsOptions = () =>
	queryOptions({
		queryKey: yearKeys.all,
		queryFn: ({ signal }) => getJson<DataYears>("/api/years", signal),
	});

export function useYearsQuery() {
	return useQuery(yearsOptions());
}
