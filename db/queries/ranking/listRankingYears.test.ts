import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
	createTestDatabase,
	type TestDatabase,
} from "../../testing/testDatabase.ts";
import {
	listInsiktYears,
	listRankingYears,
	listScoreYears,
} from "./listRankingYears.ts";

let database: TestDatabase;
beforeEach(() => {
	database = createTestDatabase({ bundled: false });
	database.handle.sqlite.exec(`
		insert into municipality (code, name, county_code, county_name) values ('1402', 'Partille', '14', 'Västra Götalands län');
		insert into sn_result (year, municipality_code, factor_id, rank, score, provenance) values
			(2019, '1402', 'total', 21, null, 'published'),
			(2020, '1402', 'total', null, 3.5, 'published'),
			(2020, '1402', 'sammanfattande-omdome', null, 3.5, 'published'),
			(2021, '1402', 'total', 24, null, 'published'),
			(2021, '1402', 'sammanfattande-omdome', null, null, 'synthetic'),
			(2024, '1402', 'skolan', null, 3.1, 'synthetic');
		insert into insikt_result (year, municipality_code, area, measure, value, provenance) values
			(2016, '0000', 'totalt', 'nki', 69, 'published'),
			(2018, '1402', 'bygglov', 'nki', 60, 'synthetic');
	`);
});
afterEach(() => database.remove());

describe("the year lists", () => {
	it("name only the years that have a total rank", () => {
		expect(listRankingYears(database.handle.db)).toEqual([2019, 2021]);
	});

	it("name only the years that have a score other than the total's", () => {
		expect(listScoreYears(database.handle.db)).toEqual([2020, 2024]);
	});

	it("name every year with an Insikt value, Riket's included", () => {
		expect(listInsiktYears(database.handle.db)).toEqual([2016, 2018]);
	});

	it("are empty for an empty database", () => {
		database.handle.sqlite.exec(
			"delete from sn_result; delete from insikt_result",
		);
		expect(listRankingYears(database.handle.db)).toEqual([]);
		expect(listScoreYears(database.handle.db)).toEqual([]);
		expect(listInsiktYears(database.handle.db)).toEqual([]);
	});
});
