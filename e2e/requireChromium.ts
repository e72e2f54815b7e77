import { CHROMIUM_MISSING_MESSAGE, isChromiumInstalled } from "./browser.ts";

/**
 * In CI a missing Chromium must fail the run; on a developer machine the browser tests are
 * skipped with instructions instead.
 */
export function shouldRunBrowserTests(
	env: NodeJS.ProcessEnv = process.env,
): boolean {
	if (isChromiumInstalled()) return true;
	if (env.CI === "true")
		throw new Error(
			`${CHROMIUM_MISSING_MESSAGE} (CI=true, so this is a failure)`,
		);
	console.warn(`Skipping browser tests. ${CHROMIUM_MISSING_MESSAGE}`);
	return false;
}
