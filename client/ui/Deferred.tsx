import { type ReactNode, useDeferredValue } from "react";

/**
 * False on a component's first render, true in a second pass of lower priority right after the
 * first one is on the screen: a page with several charts shows the first one sooner (the rest
 * follow a moment later, below it) instead of all of them at once after the slowest.
 */
export function useSecondPass(): boolean {
	return useDeferredValue(true, false);
}

/** Renders its children in the second pass (useSecondPass). */
export function Deferred({ children }: { children: ReactNode }) {
	return useSecondPass() ? children : null;
}
