import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { errorMessage, isYearIncomplete } from "../api/errorMessage.ts";
import { useI18n, useMessages } from "../i18n/useI18n.ts";
import { UI_MESSAGES } from "./messages.ts";

interface QueryStateProps<T> {
	query: UseQueryResult<T>;
	children: (data: T) => ReactNode;
	/** When the answer holds nothing to show; `empty` then explains why and what to do. */
	isEmpty?: (data: T) => boolean;
	empty?: ReactNode;
	/** Replaces the standard error text, e.g. to explain a 404 in the page's terms. */
	renderError?: (error: Error) => ReactNode;
}

/** One place for loading, error and empty states, so every panel says the same thing the same way. */
export function QueryState<T>({
	query,
	children,
	isEmpty,
	empty,
	renderError,
}: QueryStateProps<T>) {
	const { lang } = useI18n();
	const m = useMessages(UI_MESSAGES);
	if (query.isPending) return <LoadingState />;
	if (query.isError && isYearIncomplete(query.error)) {
		// Not a failure: the year is there but covers too few municipalities for this analysis.
		return (
			<div
				className="notice-banner"
				role="status"
				data-testid="year-incomplete-refusal"
			>
				<p>{errorMessage(query.error, lang)}</p>
			</div>
		);
	}
	if (query.isError) {
		return (
			<div className="status error" role="alert">
				{renderError ? (
					renderError(query.error)
				) : (
					<p>{m.error(errorMessage(query.error, lang))}</p>
				)}
				<button
					type="button"
					className="retry"
					onClick={() => void query.refetch()}
				>
					{m.retry}
				</button>
			</div>
		);
	}
	if (isEmpty?.(query.data)) {
		return <div className="status empty">{empty}</div>;
	}
	return <>{children(query.data)}</>;
}

/** The one "loading" line, with a spinner. */
export function LoadingState() {
	const m = useMessages(UI_MESSAGES);
	return (
		<p className="status" aria-live="polite">
			<span className="spinner" aria-hidden="true" /> {m.loading}
		</p>
	);
}

/** An honest empty state: what is missing, why, and what would fill it. */
export function EmptyState({
	title,
	children,
}: {
	title: string;
	children?: ReactNode;
}) {
	return (
		<div className="empty-state">
			<p className="empty-title">{title}</p>
			{children}
		</div>
	);
}
