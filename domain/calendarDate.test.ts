import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate, swedishDateOf, yearOf } from "./calendarDate.ts";

describe("isCalendarDate", () => {
	it("knows leap years and month lengths", () => {
		expect(isCalendarDate("2024-02-29")).toBe(true);
		expect(isCalendarDate("2023-02-29")).toBe(false);
		expect(isCalendarDate("2000-02-29")).toBe(true);
		expect(isCalendarDate("1900-02-29")).toBe(false);
		expect(isCalendarDate("2024-04-31")).toBe(false);
		expect(isCalendarDate("2024-13-01")).toBe(false);
		expect(isCalendarDate("2024-00-10")).toBe(false);
	});

	it("takes only YYYY-MM-DD", () => {
		for (const text of ["2024-3-1", "1 mars 2024", "2024-03-01T00:00", ""])
			expect(isCalendarDate(text)).toBe(false);
	});

	it("accepts every day JavaScript's UTC calendar has from 1900 to 2200", () => {
		fc.assert(
			fc.property(
				fc.date({
					min: new Date("1900-01-01T00:00:00Z"),
					max: new Date("2200-12-31T00:00:00Z"),
					noInvalidDate: true,
				}),
				(date) => isCalendarDate(date.toISOString().slice(0, 10)),
			),
		);
	});
});

describe("swedishDateOf", () => {
	it("gives the date in Sweden, not in UTC", () => {
		expect(swedishDateOf(new Date("2024-05-14T22:30:00Z"))).toBe("2024-05-15");
		expect(swedishDateOf(new Date("2024-01-14T22:30:00Z"))).toBe("2024-01-14");
		expect(yearOf("2024-05-15")).toBe(2024);
	});
});
