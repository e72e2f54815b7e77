import {
	keepPreviousData,
	queryOptions,
	useQuery,
} from "@tanstack/react-query";
import type {
	WhatIfReport,
	WhatIfRequest,
} from "../../../server/schemas/whatIf.ts";
import { postJson } from "../../api/http.ts";

export const whatIfKeys = {
	all: ["what-if"] as const,
	result: (request: WhatIfRequest) => [...whatIfKeys.all, request] as const,
};

/** POST /api/what-if is a pure computation, so it is cached like a read, keyed by the request. */
export const whatIfOptions = (request: WhatIfRequest) =>
	queryOptions({
		queryKey: whatIfKeys.result(request),
		queryFn: ({ signal }) =>
			postJson<WhatIfReport>("/api/what-if", request, signal),
		placeholderData: keepPreviousData,
		staleTime: Number.POSITIVE_INFINITY,
	});

export function useWhatIfQuery(request: WhatIfRequest, enabled = true) {
	return useQuery({ ...whatIfOptions(request), enabled });
}
