import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankCompetition } from "./competitionRank.ts";

describe("rankCompetition", () => {
	it("gives tied values the same rank and skips the next ones (1, 2, 2, 4)", () => {
		expect(rankCompetition([90, 80, 80, 70], { descending: true })).toEqual([
			1, 2, 2, 4,
		]);
	});

	it("ranks ascending when descending is false, keeping input order", () => {
		expect(rankCompetition([3, 1, 2, 1], { descending: false })).toEqual([
			4, 1, 3, 1,
		]);
	});

	it("leaves nulls unranked and does not count them", () => {
		expect(rankCompetition([null, 5, 7, null], { descending: true })).toEqual([
			null,
			2,
			1,
			null,
		]);
	});

	it("returns an empty list for no values", () => {
		expect(rankCompetition([], { descending: true })).toEqual([]);
	});

	const values = fc.array(fc.option(fc.integer({ min: -50, max: 50 })), {
		minLength: 1,
		maxLength: 40,
	});

	it("gives equal values equal ranks", () => {
		fc.assert(
			fc.property(values, fc.boolean(), (input, descending) => {
				const ranks = rankCompetition(input, { descending });
				input.forEach((a, i) => {
					input.forEach((b, j) => {
						if (a !== null && a === b) expect(ranks[i]).toBe(ranks[j]);
					});
				});
			}),
		);
	});

	it("keeps ranks within 1..number of ranked values, and gives the best value rank 1", () => {
		fc.assert(
			fc.property(values, fc.boolean(), (input, descending) => {
				const ranks = rankCompetition(input, { descending });
				const present = input.filter((v): v is number => v !== null);
				for (const rank of ranks) {
					if (rank !== null) {
						expect(rank).toBeGreaterThanOrEqual(1);
						expect(rank).toBeLessThanOrEqual(present.length);
					}
				}
				if (present.length === 0) return;
				const best = descending ? Math.max(...present) : Math.min(...present);
				expect(ranks[input.indexOf(best)]).toBe(1);
			}),
		);
	});

	it("ranks a value as 1 + the number of strictly better values", () => {
		fc.assert(
			fc.property(values, (input) => {
				const ranks = rankCompetition(input, { descending: true });
				input.forEach((value, i) => {
					if (value === null) return;
					const better = input.filter((v) => v !== null && v > value).length;
					expect(ranks[i]).toBe(better + 1);
				});
			}),
		);
	});
});
