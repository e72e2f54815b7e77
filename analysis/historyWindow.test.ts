import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	HISTORY_YEARS,
	historyWindow,
	subjectHistory,
} from "./historyWindow.ts";

const range = (first: number, last: number) =>
	Array.from({ length: last - first + 1 }, (_, i) => first + i);

describe("historyWindow", () => {
	it("shows the latest 15 years when no from is given", () => {
		const window = historyWindow(range(1998, 2025));
		expect(HISTORY_YEARS).toBe(15);
		expect(window.years).toEqual(range(2011, 2025));
		expect(window.earlier).toEqual(range(1998, 2010));
		expect(window.history).toEqual({
			from: 2011,
			to: 2025,
			earliestYear: 1998,
		});
	});

	it("shows every year when there are no more than 15", () => {
		const window = historyWindow(range(2014, 2025));
		expect(window.years).toEqual(range(2014, 2025));
		expect(window.earlier).toEqual([]);
		expect(window.history).toEqual({
			from: 2014,
			to: 2025,
			earliestYear: 2014,
		});
	});

	it("shows every available year from `from` on, whatever their number", () => {
		const window = historyWindow(range(1998, 2025), 2000);
		expect(window.years).toEqual(range(2000, 2025));
		expect(window.earlier).toEqual([1998, 1999]);
		expect(window.history.from).toBe(2000);
	});

	it("starts at the first available year at or after `from`", () => {
		const window = historyWindow([1998, 2005, 2010, 2020], 2001);
		expect(window.years).toEqual([2005, 2010, 2020]);
		expect(window.history).toEqual({
			from: 2005,
			to: 2020,
			earliestYear: 1998,
		});
	});

	it("keeps the asked `from` when no year is that recent", () => {
		const window = historyWindow([2014, 2015], 2030);
		expect(window.years).toEqual([]);
		expect(window.earlier).toEqual([2014, 2015]);
		expect(window.history).toEqual({
			from: 2030,
			to: null,
			earliestYear: 2014,
		});
	});

	it("answers nulls without any year", () => {
		expect(historyWindow([])).toEqual({
			years: [],
			earlier: [],
			history: { from: null, to: null, earliestYear: null },
		});
	});

	it("sorts and de-duplicates its input", () => {
		expect(historyWindow([2020, 2014, 2020, 2017]).years).toEqual([
			2014, 2017, 2020,
		]);
	});

	it("splits the years into earlier and shown, never more than `size` without `from`", () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 1900, max: 2100 }), {
					maxLength: 60,
				}),
				fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: undefined }),
				(available, from) => {
					const window = historyWindow(available, from);
					const sorted = [...available].sort((a, b) => a - b);
					expect([...window.earlier, ...window.years]).toEqual(sorted);
					if (from === undefined)
						expect(window.years).toHaveLength(
							Math.min(HISTORY_YEARS, sorted.length),
						);
					else {
						expect(window.years.every((y) => y >= from)).toBe(true);
						expect(window.earlier.every((y) => y < from)).toBe(true);
					}
				},
			),
		);
	});
});

describe("subjectHistory", () => {
	const window = historyWindow(range(2008, 2025));

	it("names the subject's earliest year before the window", () => {
		expect(subjectHistory(window, 2009, 2014)).toEqual({
			from: 2011,
			to: 2025,
			earliestYear: 2009,
		});
	});

	it("falls back to the subject's first shown year when it has nothing older", () => {
		expect(subjectHistory(window, null, 2014).earliestYear).toBe(2014);
		expect(subjectHistory(window, null, null).earliestYear).toBeNull();
	});
});
