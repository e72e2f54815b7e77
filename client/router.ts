import { useCallback, useSyncExternalStore } from "react";

/** A tiny History-API router: the URL is the state, so every view can be shared and reloaded. */
function subscribe(onChange: () => void): () => void {
	window.addEventListener("popstate", onChange);
	window.addEventListener("topp10:navigate", onChange);
	return () => {
		window.removeEventListener("popstate", onChange);
		window.removeEventListener("topp10:navigate", onChange);
	};
}

const currentLocation = (): string =>
	window.location.pathname + window.location.search;

export function useLocation(): URL {
	const href = useSyncExternalStore(subscribe, currentLocation);
	return new URL(href, window.location.origin);
}

export function navigate(
	to: string,
	options: { replace?: boolean } = {},
): void {
	if (options.replace) window.history.replaceState(null, "", to);
	else window.history.pushState(null, "", to);
	window.dispatchEvent(new Event("topp10:navigate"));
}

/** Reads one search parameter and returns a setter that keeps the rest of the URL. */
export function useSearchParam(
	name: string,
): [string | null, (value: string | null) => void] {
	const location = useLocation();
	const value = location.searchParams.get(name);
	const setValue = useCallback(
		(next: string | null) => {
			const url = new URL(window.location.href);
			if (next === null) url.searchParams.delete(name);
			else url.searchParams.set(name, next);
			navigate(url.pathname + url.search);
		},
		[name],
	);
	return [value, setValue];
}
