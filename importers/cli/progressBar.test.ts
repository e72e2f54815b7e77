import { describe, expect, it } from "vitest";
import { createProgressBar, renderBar } from "./progressBar.ts";

describe("progress bar", () => {
	it("renders the share done", () => {
		expect(renderBar("import", 50, 200)).toBe(
			"import [██████░░░░░░░░░░░░░░░░░░] 25 % (50/200)",
		);
	});

	it("draws only on a terminal, only after a moment, and clears itself", () => {
		const written: string[] = [];
		let now = 0;
		const stream = {
			isTTY: true,
			write: (text: string) => written.push(text) > 0,
		};
		const bar = createProgressBar(stream, () => now);
		bar.update("a", 1, 10);
		now = 500;
		bar.update("a", 5, 10);
		bar.clear();
		expect(written).toEqual([`\r\x1b[K${renderBar("a", 5, 10)}`, "\r\x1b[K"]);
		const piped: string[] = [];
		const silent = createProgressBar(
			{ write: (text: string) => piped.push(text) > 0 },
			() => 1000,
		);
		silent.update("a", 5, 10);
		expect(piped).toEqual([]);
	});
});
