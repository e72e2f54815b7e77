import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2.0 and 2.1 rules at levels A and AA: what Swedish public services must meet. */
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	/** A CSS selector per failing element, and axe's summary of what to fix. */
	nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core in the page against WCAG 2.1 A and AA and returns its violations, each with the
 * elements it failed on, so a failing test names what to fix. The page's CSP allows only 'self'
 * scripts, so axe is evaluated through the DevTools protocol (page.evaluate), not a <script>.
 */
export async function findAxeViolations(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run(
						context: Document,
						options: object,
					): Promise<{
						violations: {
							id: string;
							impact: string | null;
							help: string;
							nodes: { target: string[]; failureSummary?: string }[];
						}[];
					}>;
				};
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: "tag", values: tags },
			resultTypes: ["violations"],
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.map((n) => ({
				target: n.target.join(" "),
				summary: (n.failureSummary ?? "").split("\n").slice(0, 3).join(" "),
			})),
		}));
	}, WCAG_21_AA);
}

/** One line per violation and element, for a failing expectation's message. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations
		.flatMap((v) =>
			v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target} — ${n.summary}`),
		)
		.join("\n");
}
