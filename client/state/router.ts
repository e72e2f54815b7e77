import {
	type AnchorHTMLAttributes,
	createElement,
	type MouseEvent,
	type ReactNode,
	useCallback,
	useSyncExternalStore,
} from "react";
import { patchSearch, type SearchPatch } from "./urlState.ts";

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
	if (to === currentLocation()) return;
	if (options.replace) window.history.replaceState(null, "", to);
	else window.history.pushState(null, "", to);
	window.dispatchEvent(new Event("topp10:navigate"));
}

/** Changes some search parameters (null removes one) and keeps the rest of the URL. */
export function updateSearch(
	patch: SearchPatch,
	options: { replace?: boolean } = {},
): void {
	const search = patchSearch(window.location.search, patch);
	navigate(window.location.pathname + search, options);
}

/** Reads one search parameter and returns a setter that keeps the rest of the URL. */
export function useSearchParam(
	name: string,
): [
	string | null,
	(value: string | null, options?: { replace?: boolean }) => void,
] {
	const location = useLocation();
	const value = location.searchParams.get(name);
	const setValue = useCallback(
		(next: string | null, options: { replace?: boolean } = {}) =>
			updateSearch({ [name]: next }, options),
		[name],
	);
	return [value, setValue];
}

interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
	href: string;
	children: ReactNode;
}

/** An ordinary link that navigates without a reload (modifier clicks still open new tabs). */
export function Link({ href, children, onClick, ...rest }: LinkProps) {
	const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
		onClick?.(event);
		if (
			event.defaultPrevented ||
			event.button !== 0 ||
			event.metaKey ||
			event.ctrlKey ||
			event.shiftKey ||
			event.altKey
		)
			return;
		event.preventDefault();
		navigate(href);
		window.scrollTo(0, 0);
	};
	return createElement("a", { ...rest, href, onClick: handleClick }, children);
}
