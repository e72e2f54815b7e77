import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OVERSCAN, rowWindow, scrollTopFor, WINDOW_FROM } from "./rowWindow.ts";

const metrics = { scrollTop: 0, viewport: 620, head: 100, rowHeight: 31 };

describe("rowWindow", () => {
	it("renders every row of a short table, or when printing", () => {
		expect(rowWindow(WINDOW_FROM, metrics)).toEqual({
			start: 0,
			end: WINDOW_FROM,
			before: 0,
			after: 0,
		});
		expect(rowWindow(290, metrics, true).end).toBe(290);
	});
	it("renders the visible rows and the overscan at the top", () => {
		const w = rowWindow(290, metrics);
		expect(w.start).toBe(0);
		expect(w.end).toBe(Math.ceil(620 / 31) + 1 + OVERSCAN);
		expect(w.before).toBe(0);
		expect(w.after).toBe((290 - w.end) * 31);
	});
	it("keeps the total height whatever the scroll position, and shows the rows in view", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 12_000 }), (scrollTop) => {
				const w = rowWindow(290, { ...metrics, scrollTop });
				expect(w.before + (w.end - w.start) * 31 + w.after).toBe(290 * 31);
				const firstVisible = Math.min(
					Math.floor(Math.max(0, scrollTop - 100) / 31),
					289,
				);
				expect(w.start).toBeLessThanOrEqual(firstVisible);
				expect(w.end).toBeGreaterThan(
					Math.min(firstVisible + Math.floor(620 / 31), 289),
				);
			}),
		);
	});
});

describe("scrollTopFor", () => {
	it("centres a row in the region", () => {
		expect(scrollTopFor(0, metrics)).toBe(0);
		expect(scrollTopFor(100, metrics)).toBe(100 + 3100 - (620 - 31) / 2);
	});
});
