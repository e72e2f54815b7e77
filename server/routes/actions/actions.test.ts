import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
	Action,
	ActionDetail,
	ActionHistory,
	ActionList,
	ActionNote,
	ProgressReport,
} from "../../schemas/actions.ts";
import type { ApiError } from "../../schemas/errors.ts";
import { createPlanTestApp, type LoggedIn } from "../../test/accounts.ts";
import type { TestApp } from "../../test/testApp.ts";

let testApp: TestApp;
let editor: LoggedIn;

const NEW_ACTION = {
	title: "Snabbare bygglov",
	description: "Digital ansökan och handläggning inom fyra veckor.",
	owner: { department: "Samhällsbyggnadsförvaltningen", person: "Anna Berg" },
	factorIds: ["service", "total"],
	insiktAreas: ["bygglov"],
	start: "2024-03-01",
	due: "2024-12-31",
};

beforeAll(async () => {
	({ testApp, editor } = await createPlanTestApp());
});
afterAll(() => testApp.close());

async function post(url: string, payload: object, headers = editor.headers) {
	return testApp.app.inject({ method: "POST", url, payload, headers });
}

async function patch(id: number, payload: object, headers = editor.headers) {
	return testApp.app.inject({
		method: "PATCH",
		url: `/api/actions/${id}`,
		payload,
		headers,
	});
}

async function create(overrides: object = {}): Promise<Action> {
	const response = await post("/api/actions", { ...NEW_ACTION, ...overrides });
	expect(response.statusCode).toBe(201);
	return response.json<Action>();
}

describe("POST /api/actions", () => {
	it("adds an action as the logged-in editor, status planerad by default", async () => {
		const action = await create();
		expect(action).toMatchObject({
			title: "Snabbare bygglov",
			owner: NEW_ACTION.owner,
			factorIds: ["service", "total"],
			insiktAreas: ["bygglov"],
			start: "2024-03-01",
			due: "2024-12-31",
			status: "planerad",
			version: 1,
			createdBy: "anna.berg",
			updatedBy: "anna.berg",
			archivedAt: null,
		});
		const listed = await testApp.app.inject({ url: "/api/actions" });
		expect(listed.headers["cache-control"]).toBe("no-store");
		expect(listed.json<ActionList>().actions.map((a) => a.id)).toContain(
			action.id,
		);
	});

	it("refuses a due date before the start with 400 naming the field", async () => {
		const response = await post("/api/actions", {
			...NEW_ACTION,
			due: "2024-01-31",
		});
		expect(response.statusCode).toBe(400);
		expect(response.json<ApiError>().error).toMatchObject({
			code: "due_before_start",
			field: "due",
			status: 400,
		});
		expect(response.json<ApiError>().error.message).toContain('"due"');
	});

	it("refuses dates that are not calendar dates, unknown ids and unknown fields", async () => {
		const date = await post("/api/actions", {
			...NEW_ACTION,
			start: "2023-02-29",
		});
		expect(date.statusCode).toBe(400);
		expect(date.json<ApiError>().error).toMatchObject({ field: "start" });
		expect(date.json<ApiError>().error.message).toContain("YYYY-MM-DD");
		const factor = await post("/api/actions", {
			...NEW_ACTION,
			factorIds: ["servic"],
		});
		expect(factor.json<ApiError>().error).toMatchObject({
			code: "unknown_factor",
			field: "factorIds",
		});
		const area = await post("/api/actions", {
			...NEW_ACTION,
			insiktAreas: ["bygglovet"],
		});
		expect(area.statusCode).toBe(400);
		expect(area.json<ApiError>().error.field).toBe("insiktAreas.0");
		const extra = await post("/api/actions", { ...NEW_ACTION, stauts: "klar" });
		expect(extra.statusCode).toBe(400);
		expect(extra.json<ApiError>().error).toMatchObject({
			code: "unknown_field",
			field: "stauts",
		});
		const missing = await post("/api/actions", { title: "Utan ägare" });
		expect(missing.json<ApiError>().error).toMatchObject({
			field: "owner",
			status: 400,
		});
	});

	it("answers bad JSON with 400 in the error shape, never a 500", async () => {
		const response = await testApp.app.inject({
			method: "POST",
			url: "/api/actions",
			payload: "{not json",
			headers: { ...editor.headers, "content-type": "application/json" },
		});
		expect(response.statusCode).toBe(400);
		expect(response.json<ApiError>().error.code).toBeTruthy();
	});
});

describe("PATCH /api/actions/:id", () => {
	it("changes fields and writes one history row per changed field", async () => {
		const action = await create();
		const response = await patch(action.id, {
			status: "pagar",
			owner: { person: "Bo Ek" },
			insiktAreas: ["bygglov", "miljo-halsoskydd"],
			title: action.title,
		});
		expect(response.statusCode).toBe(200);
		expect(response.json<Action>()).toMatchObject({
			status: "pagar",
			owner: { department: NEW_ACTION.owner.department, person: "Bo Ek" },
			insiktAreas: ["bygglov", "miljo-halsoskydd"],
			version: 2,
		});
		const history = await testApp.app.inject({
			url: `/api/actions/${action.id}/history`,
		});
		const rows = history.json<ActionHistory>().history;
		const changed = rows.filter((row) => row.oldValue !== null);
		expect(
			changed.map(({ field, oldValue, newValue, changedBy }) => ({
				field,
				oldValue,
				newValue,
				changedBy,
			})),
		).toEqual([
			{
				field: "owner.person",
				oldValue: "Anna Berg",
				newValue: "Bo Ek",
				changedBy: "anna.berg",
			},
			{
				field: "insiktAreas",
				oldValue: ["bygglov"],
				newValue: ["bygglov", "miljo-halsoskydd"],
				changedBy: "anna.berg",
			},
			{
				field: "status",
				oldValue: "planerad",
				newValue: "pagar",
				changedBy: "anna.berg",
			},
		]);
		expect(
			rows.filter((row) => row.oldValue === null).map((row) => row.field),
		).toEqual([
			"title",
			"description",
			"owner.department",
			"owner.person",
			"factorIds",
			"insiktAreas",
			"start",
			"due",
			"status",
		]);
		expect(rows[0]?.changedAt).toBe("2026-05-15T08:00:00.000Z");
	});

	it("writes nothing when nothing changes", async () => {
		const action = await create();
		const response = await patch(action.id, { title: ` ${action.title} ` });
		expect(response.json<Action>().version).toBe(1);
	});

	it("refuses an unknown status and a due date before start with 400 naming the field", async () => {
		const action = await create();
		const status = await patch(action.id, { status: "done" });
		expect(status.statusCode).toBe(400);
		expect(status.json<ApiError>().error).toMatchObject({ field: "status" });
		expect(status.json<ApiError>().error.message).toContain("planerad, pagar");
		const due = await patch(action.id, { due: "2024-02-01" });
		expect(due.statusCode).toBe(400);
		expect(due.json<ApiError>().error).toMatchObject({
			code: "due_before_start",
			field: "due",
		});
		const empty = await patch(action.id, { stauts: "klar" });
		expect(empty.json<ApiError>().error.code).toBe("unknown_field");
	});

	it("refuses an edit based on an old version with 409", async () => {
		const action = await create();
		expect(
			(await patch(action.id, { status: "pagar", version: 1 })).statusCode,
		).toBe(200);
		const stale = await patch(action.id, { status: "klar", version: 1 });
		expect(stale.statusCode).toBe(409);
		expect(stale.json<ApiError>().error).toMatchObject({
			code: "edit_conflict",
			field: "version",
		});
	});

	it("archives instead of deleting; archived actions are listed only when asked", async () => {
		const action = await create({ title: "Arkiveras" });
		const archived = await patch(action.id, { archived: true });
		expect(archived.json<Action>().archivedAt).toBe("2026-05-15T08:00:00.000Z");
		const ids = async (query: string) =>
			(await testApp.app.inject({ url: `/api/actions${query}` }))
				.json<ActionList>()
				.actions.map((a) => a.id);
		expect(await ids("")).not.toContain(action.id);
		expect(await ids("?includeArchived=true")).toContain(action.id);
		const change = await patch(action.id, { status: "klar" });
		expect(change.statusCode).toBe(409);
		expect(change.json<ApiError>().error.code).toBe("action_archived");
		const back = await patch(action.id, { archived: false, status: "klar" });
		expect(back.json<Action>()).toMatchObject({
			archivedAt: null,
			status: "klar",
		});
		const history = (
			await testApp.app.inject({ url: `/api/actions/${action.id}/history` })
		).json<ActionHistory>().history;
		expect(
			history
				.filter((row) => row.field === "archivedAt")
				.map((row) => row.newValue),
		).toEqual(["2026-05-15T08:00:00.000Z", null]);
	});

	it("answers 404 for an unknown action and 400 for an id that is not a number", async () => {
		expect((await patch(999_999, { status: "klar" })).statusCode).toBe(404);
		const bad = await testApp.app.inject({ url: "/api/actions/abc" });
		expect(bad.statusCode).toBe(400);
		expect(bad.json<ApiError>().error.message).toContain('"id"');
	});
});

describe("GET /api/actions filters", () => {
	it("filters by status, factor and Insikt area", async () => {
		const a = await create({
			title: "Filter A",
			factorIds: ["lagar-regler"],
			insiktAreas: ["livsmedel"],
		});
		await patch(a.id, { status: "pausad" });
		const list = async (query: string) =>
			(await testApp.app.inject({ url: `/api/actions?${query}` }))
				.json<ActionList>()
				.actions.map((action) => action.title);
		expect(await list("factorId=lagar-regler")).toEqual(["Filter A"]);
		expect(await list("area=livsmedel")).toEqual(["Filter A"]);
		expect(await list("status=pausad&status=avbruten")).toEqual(["Filter A"]);
		expect(await list("status=pausad&area=bygglov")).toEqual([]);
		const bad = await testApp.app.inject({ url: "/api/actions?status=paused" });
		expect(bad.statusCode).toBe(400);
	});
});

describe("notes", () => {
	it("adds dated notes (today in Sweden by default) and shows them on the action", async () => {
		const action = await create();
		const dated = await post(`/api/actions/${action.id}/notes`, {
			date: "2025-05-15",
			text: "Presenterat på näringslivskvällen.",
		});
		expect(dated.statusCode).toBe(201);
		expect(dated.json<ActionNote>()).toMatchObject({
			date: "2025-05-15",
			author: "anna.berg",
		});
		const today = await post(`/api/actions/${action.id}/notes`, {
			text: "Klart för beslut.",
		});
		expect(today.json<ActionNote>().date).toBe("2026-05-15");
		const detail = (
			await testApp.app.inject({ url: `/api/actions/${action.id}` })
		).json<ActionDetail>();
		expect(detail.notes.map((note) => note.text)).toEqual([
			"Presenterat på näringslivskvällen.",
			"Klart för beslut.",
		]);
		const history = (
			await testApp.app.inject({ url: `/api/actions/${action.id}/history` })
		).json<ActionHistory>().history;
		expect(history.at(-1)).toMatchObject({
			field: "note",
			oldValue: null,
			newValue: "2026-05-15: Klart för beslut.",
		});
	});

	it("refuses an empty note, a bad date and notes on an unknown action", async () => {
		const action = await create();
		const empty = await post(`/api/actions/${action.id}/notes`, {
			text: "   ",
		});
		expect(empty.json<ApiError>().error).toMatchObject({
			code: "note_empty",
			field: "text",
		});
		const date = await post(`/api/actions/${action.id}/notes`, {
			date: "2025-13-01",
			text: "x",
		});
		expect(date.statusCode).toBe(400);
		expect(date.json<ApiError>().error.field).toBe("date");
		const unknown = await post("/api/actions/999999/notes", { text: "x" });
		expect(unknown.statusCode).toBe(404);
	});
});

describe("GET /api/actions/progress", () => {
	it("says per action how its figures moved since the start, with provenance", async () => {
		const action = await create({
			title: "Sammanfattande omdöme",
			factorIds: ["sammanfattande-omdome", "total"],
			insiktAreas: ["totalt"],
			start: "2019-01-15",
			due: null,
		});
		const response = await testApp.app.inject({
			url: "/api/actions/progress?code=1402&includeArchived=true",
		});
		expect(response.statusCode).toBe(200);
		const report = response.json<ProgressReport>();
		expect(report.municipality.code).toBe("1402");
		const progress = report.actions.find((a) => a.actionId === action.id);
		expect(progress?.startYear).toBe(2019);
		const byKey = new Map(
			progress?.figures.map((f) => [`${f.id}/${f.measure}`, f]) ?? [],
		);
		expect(byKey.get("sammanfattande-omdome/score")?.baseline).toEqual({
			year: 2018,
			value: 4.03,
			provenance: "published",
		});
		expect(byKey.get("total/rank")?.baseline).toEqual({
			year: 2018,
			value: 8,
			provenance: "published",
		});
		expect(byKey.get("total/rank")?.higherIsBetter).toBe(false);
		const nki = byKey.get("totalt/nki");
		expect(nki?.baseline).toEqual({
			year: 2018,
			value: 72,
			provenance: "published",
		});
		expect(nki?.latest?.year).toBeGreaterThan(2018);
		expect(nki?.definitionBreak).toBe((nki?.latest?.year ?? 0) >= 2024);
		expect(report.provenances).toContain("published");
	});

	it("with a year, shows the figures as known then: nothing later (a status report's year)", async () => {
		await create({
			title: "Totalrankning",
			factorIds: ["total"],
			insiktAreas: ["totalt"],
			start: "2019-01-15",
			due: null,
		});
		const latestYears = async (query: string) => {
			const response = await testApp.app.inject({
				url: `/api/actions/progress?code=1402${query}`,
			});
			expect(response.statusCode).toBe(200);
			return response
				.json<ProgressReport>()
				.actions.flatMap((a) => a.figures.map((f) => f.latest?.year ?? 0));
		};
		expect(Math.max(...(await latestYears("")))).toBeGreaterThan(2021);
		expect(Math.max(...(await latestYears("&year=2021")))).toBe(2021);
		const refused = await testApp.app.inject({
			url: "/api/actions/progress?year=Infinity",
		});
		expect(refused.statusCode).toBe(400);
		expect(refused.json<ApiError>().error.message).toMatch(/year/);
	});

	it("answers 404 for an unknown municipality", async () => {
		const response = await testApp.app.inject({
			url: "/api/actions/progress?code=9999",
		});
		expect(response.statusCode).toBe(404);
	});
});
