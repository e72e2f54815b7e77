import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
	Action,
	ActionDetail,
	ActionHistory,
	ActionList,
	PlanImportRefusal,
	PlanImportResult,
} from "../../schemas/actions.ts";
import { createPlanTestApp, type LoggedIn } from "../../test/accounts.ts";
import type { TestApp } from "../../test/testApp.ts";
import { multipartBody } from "../imports/testUpload.ts";

let testApp: TestApp;
let editor: LoggedIn;
let first: Action;

beforeAll(async () => {
	({ testApp, editor } = await createPlanTestApp());
	const created = await testApp.app.inject({
		method: "POST",
		url: "/api/actions",
		headers: editor.headers,
		payload: {
			title: "Snabbare bygglov",
			owner: { department: "Samhällsbyggnad", person: "Anna Berg" },
			factorIds: ["service"],
			insiktAreas: ["bygglov"],
			start: "2024-03-01",
			due: "2024-12-31",
			status: "pagar",
		},
	});
	first = created.json<Action>();
	await testApp.app.inject({
		method: "POST",
		url: `/api/actions/${first.id}/notes`,
		headers: editor.headers,
		payload: { date: "2025-05-15", text: "Presenterat i maj." },
	});
});
afterAll(() => testApp.close());

async function exportWorkbook(): Promise<ExcelJS.Workbook> {
	const response = await testApp.app.inject({
		url: "/api/actions/export.xlsx",
	});
	expect(response.statusCode).toBe(200);
	expect(response.headers["content-type"]).toContain("spreadsheetml");
	expect(response.headers["content-disposition"]).toBe(
		'attachment; filename="handlingsplan-2026-05-15.xlsx"',
	);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(
		response.rawPayload.buffer.slice(
			response.rawPayload.byteOffset,
			response.rawPayload.byteOffset + response.rawPayload.byteLength,
		) as ArrayBuffer,
	);
	return workbook;
}

async function upload(workbook: ExcelJS.Workbook, query = "") {
	const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
	const { payload, contentType } = await multipartBody([
		{ name: "file", value: bytes, fileName: "plan.xlsx" },
	]);
	return testApp.app.inject({
		method: "POST",
		url: `/api/actions/import${query}`,
		headers: { ...editor.headers, "content-type": contentType },
		payload,
	});
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
	const found = workbook.getWorksheet(name);
	if (!found) throw new Error(`no sheet ${name}`);
	return found;
}

describe("GET /api/actions/export.xlsx", () => {
	it("writes one row per action and the notes on a second sheet", async () => {
		const workbook = await exportWorkbook();
		const actions = sheet(workbook, "Åtgärder");
		expect(actions.getRow(1).values).toEqual([
			undefined,
			"Id",
			"Titel",
			"Beskrivning",
			"Förvaltning",
			"Ansvarig",
			"SN-faktorer",
			"Insikt-områden",
			"Start",
			"Klart senast",
			"Status",
			"Arkiverad",
			"Version",
			"Senast ändrad",
			"Ändrad av",
		]);
		const row = actions.getRow(2);
		expect(row.getCell(1).value).toBe(first.id);
		expect(row.getCell(2).value).toBe("Snabbare bygglov");
		expect(row.getCell(8).value).toEqual(new Date("2024-03-01T00:00:00.000Z"));
		expect(row.getCell(10).value).toBe("Pågår");
		const notes = sheet(workbook, "Anteckningar");
		expect(notes.getRow(2).values).toEqual([
			undefined,
			first.id,
			"Snabbare bygglov",
			new Date("2025-05-15T00:00:00.000Z"),
			"Presenterat i maj.",
			"anna.berg",
		]);
		expect(workbook.getWorksheet("Listor")).toBeDefined();
	});
});

describe("POST /api/actions/import", () => {
	it("previews a changed workbook (dry run), then writes it with history and notes", async () => {
		const workbook = await exportWorkbook();
		const actions = sheet(workbook, "Åtgärder");
		actions.getRow(2).getCell(10).value = "Klar";
		actions.getRow(2).getCell(7).value = "Bygglov, Miljö- och hälsoskydd";
		actions.addRow([
			null,
			"Företagslots",
			"",
			"Kommunledningskontoret",
			"",
			"Service till företagen",
			"",
			"2026-06-01",
			null,
			"Planerad",
		]);
		const notes = sheet(workbook, "Anteckningar");
		notes.addRow([
			first.id,
			"",
			new Date("2026-05-20T00:00:00Z"),
			"Beslut i nämnden.",
		]);
		notes.addRow([null, "Företagslots", "2026-06-02", "Första träffen."]);

		const before = (
			await testApp.app.inject({ url: "/api/actions" })
		).json<ActionList>();
		const preview = await upload(workbook, "?dryRun=true");
		expect(preview.statusCode).toBe(200);
		const dryRun = preview.json<PlanImportResult>();
		expect(dryRun).toMatchObject({
			outcome: "dry-run",
			created: [{ line: 3, title: "Företagslots" }],
			updated: [
				{
					line: 2,
					actionId: first.id,
					changes: [
						{
							field: "insiktAreas",
							oldValue: ["bygglov"],
							newValue: ["bygglov", "miljo-halsoskydd"],
						},
						{ field: "status", oldValue: "pagar", newValue: "klar" },
					],
				},
			],
			unchanged: 0,
			notesUnchanged: 1,
			errors: [],
		});
		expect(dryRun.notes.map((n) => [n.actionId, n.date, n.text])).toEqual([
			[first.id, "2026-05-20", "Beslut i nämnden."],
			[null, "2026-06-02", "Första träffen."],
		]);
		expect((await testApp.app.inject({ url: "/api/actions" })).json()).toEqual(
			before,
		);

		const imported = await upload(workbook);
		expect(imported.json<PlanImportResult>().outcome).toBe("imported");
		const list = (
			await testApp.app.inject({ url: "/api/actions" })
		).json<ActionList>();
		const lots = list.actions.find((a) => a.title === "Företagslots");
		expect(lots).toMatchObject({
			factorIds: ["service"],
			start: "2026-06-01",
			status: "planerad",
			createdBy: "anna.berg",
		});
		const detail = (
			await testApp.app.inject({ url: `/api/actions/${lots?.id}` })
		).json<ActionDetail>();
		expect(detail.notes.map((n) => n.text)).toEqual(["Första träffen."]);
		const history = (
			await testApp.app.inject({ url: `/api/actions/${first.id}/history` })
		).json<ActionHistory>().history;
		expect(history.filter((h) => h.field === "status").at(-1)).toMatchObject({
			oldValue: "pagar",
			newValue: "klar",
			changedBy: "anna.berg",
		});
		// The same file again is refused, not doubled: its new row is already in the plan.
		const again = (await upload(workbook)).json<PlanImportRefusal>();
		expect(again.outcome).toBe("refused");
		expect(again.errors.map((e) => e.cell)).toEqual(["B3"]);
		expect(again.errors[0]?.message).toContain("already has an action called");
		// A fresh export brought back as it is changes nothing.
		const fresh = await upload(await exportWorkbook());
		expect(fresh.json<PlanImportResult>()).toMatchObject({
			outcome: "unchanged",
			unchanged: 2,
			notesUnchanged: 3,
		});
	});

	it("refuses a workbook with a bad cell with 422 naming the cell, and writes nothing", async () => {
		const workbook = await exportWorkbook();
		const actions = sheet(workbook, "Åtgärder");
		actions.getRow(2).getCell(9).value = "2024-02-30";
		actions.getRow(2).getCell(10).value = "Färdig";
		actions.addRow([null, "Ny åtgärd", "", "Kultur och fritid"]);
		actions.addRow([null, "ny åtgärd ", "", "Kultur och fritid"]);
		const before = (await testApp.app.inject({ url: "/api/actions" })).json();
		const response = await upload(workbook);
		expect(response.statusCode).toBe(422);
		const refusal = response.json<PlanImportRefusal>();
		expect(refusal.error).toMatchObject({
			code: "plan_import_refused",
			status: 422,
		});
		expect(refusal.errors.map((e) => e.formatted)).toEqual([
			'plan.xlsx:Åtgärder!I2: "2024-02-30" is not a date: write it as YYYY-MM-DD, such as 2024-03-01',
			'plan.xlsx:Åtgärder!J2: "Färdig" is not a status; use Planerad, Pågår, Klar, Pausad or Avbruten',
			"plan.xlsx:Åtgärder!B5: row 4 adds an action with the same title: give each new action its own title",
		]);
		expect((await testApp.app.inject({ url: "/api/actions" })).json()).toEqual(
			before,
		);
	});

	it("refuses a row edited after someone changed the action in Topp10", async () => {
		const workbook = await exportWorkbook();
		await testApp.app.inject({
			method: "PATCH",
			url: `/api/actions/${first.id}`,
			headers: editor.headers,
			payload: { description: "Ändrad i Topp10." },
		});
		sheet(workbook, "Åtgärder").getRow(2).getCell(10).value = "Pausad";
		const response = await upload(workbook);
		expect(response.statusCode).toBe(422);
		expect(response.json<PlanImportRefusal>().errors[0]?.formatted).toMatch(
			/^plan\.xlsx:Åtgärder!L2: action \d+ was changed in Topp10 after this file was exported/,
		);
	});

	it("needs an editor session and a workbook", async () => {
		const anonymous = await testApp.app.inject({
			method: "POST",
			url: "/api/actions/import",
		});
		expect(anonymous.statusCode).toBe(401);
		const { payload, contentType } = await multipartBody([
			{ name: "file", value: "not a workbook", fileName: "plan.xlsx" },
		]);
		const junk = await testApp.app.inject({
			method: "POST",
			url: "/api/actions/import",
			headers: { ...editor.headers, "content-type": contentType },
			payload,
		});
		expect(junk.statusCode).toBe(422);
		expect(junk.json<PlanImportRefusal>().errors[0]?.message).toContain(
			"not a readable .xlsx workbook",
		);
	});

	it("reads its own export back, as downloaded, as changing nothing", async () => {
		const exported = await testApp.app.inject({
			url: "/api/actions/export.xlsx",
		});
		const { payload, contentType } = await multipartBody([
			{
				name: "file",
				value: new Uint8Array(exported.rawPayload),
				fileName: "plan.xlsx",
			},
		]);
		const response = await testApp.app.inject({
			method: "POST",
			url: "/api/actions/import?dryRun=true",
			headers: { ...editor.headers, "content-type": contentType },
			payload,
		});
		expect(response.json<PlanImportResult>()).toMatchObject({
			outcome: "unchanged",
			errors: [],
		});
	});
});
