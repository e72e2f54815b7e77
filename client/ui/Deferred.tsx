import { type ReactNode, useDeferredValue } from "react";

/**
 * Renders its children in a second pass of lower priority, right after the first one is on the
 * screen: a page with several charts shows the first one sooner (the rest follow a moment later,
 * below it) instead of all of them at once after the slowest.
 */
export function Deferred({ children }: { children: ReactNode }) {
	const isReady = useDeferredValue(true, false);
	return isReady ? children : null;
}
