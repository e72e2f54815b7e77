import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

interface QueryStateProps<T> {
	query: UseQueryResult<T>;
	children: (data: T) => ReactNode;
}

/** One place for loading and error states, so every panel says the same thing the same way. */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
	if (query.isPending) {
		return (
			<p className="status" aria-live="polite">
				Hämtar data…
			</p>
		);
	}
	if (query.isError) {
		return (
			<p className="status error" role="alert">
				Kunde inte hämta data: {query.error.message}
			</p>
		);
	}
	return <>{children(query.data)}</>;
}
