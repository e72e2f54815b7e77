import { describe, expect, it } from "vitest";
import type { FigureMovement } from "../../../server/schemas/actions.ts";
import { FORMAT } from "../../i18n/format.ts";
import { movementSentence } from "./figureText.ts";

const bygglov: FigureMovement = {
	target: "insikt",
	id: "bygglov",
	label: null,
	measure: "nki",
	higherIsBetter: true,
	baseline: { year: 2023, value: 68, provenance: "synthetic" },
	latest: { year: 2025, value: 74, provenance: "synthetic" },
	change: 6,
	direction: "better",
	definitionBreak: false,
};

describe("movementSentence", () => {
	it("says how a figure moved since the start, in both languages", () => {
		expect(movementSentence(bygglov, 2024, FORMAT.sv)).toBe(
			"Bygglov NKI 68 → 74 sedan start 2024",
		);
		expect(movementSentence(bygglov, 2024, FORMAT.en)).toBe(
			"Building permits NKI 68 → 74 since the start in 2024",
		);
	});
	it("writes ranks as ranks and factor scores with a decimal comma", () => {
		const rank: FigureMovement = {
			...bygglov,
			target: "factor",
			id: "total",
			label: "Sammanfattande omdöme",
			measure: "rank",
			baseline: { year: 2023, value: 31, provenance: "published" },
			latest: { year: 2025, value: 22, provenance: "published" },
		};
		expect(movementSentence(rank, 2024, FORMAT.sv)).toBe(
			"Sammanfattande omdöme placering 31:a → 22:a sedan start 2024",
		);
		const score = {
			...rank,
			measure: "score" as const,
			baseline: { year: 2023, value: 3.5, provenance: "published" as const },
			latest: { year: 2025, value: 3.75, provenance: "published" as const },
		};
		expect(movementSentence(score, 2024, FORMAT.sv)).toBe(
			"Sammanfattande omdöme 3,50 → 3,75 sedan start 2024",
		);
	});
	it("says what is missing", () => {
		expect(
			movementSentence({ ...bygglov, latest: null }, 2024, FORMAT.sv),
		).toBe("Bygglov NKI 68 (2023), ingen nyare siffra ännu");
		expect(
			movementSentence({ ...bygglov, baseline: null }, null, FORMAT.sv),
		).toBe("Bygglov NKI: ingen siffra från före start");
	});
});
