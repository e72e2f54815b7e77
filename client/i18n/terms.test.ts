import { describe, expect, it } from "vitest";
import { GRADE_BAND_IDS } from "../../domain/insikt.ts";
import {
	areaLabel,
	areaShortLabel,
	gradeRange,
	gradeWithRange,
	modelWords,
	peerGroupSourceLabel,
	provenanceLabel,
	serviceFactorLabel,
} from "./terms.ts";

describe("terms", () => {
	it("labels provenances in both languages", () => {
		expect(provenanceLabel("synthetic", "sv")).toBe("syntetisk exempeldata");
		expect(provenanceLabel("published", "en")).toBe("published");
	});
	it("names known areas and tidies unknown ones", () => {
		expect(areaLabel("miljo-halsoskydd", "sv")).toBe("Miljö- och hälsoskydd");
		expect(areaLabel("bygglov", "en")).toBe("Building permits");
		expect(areaLabel("ny-omrade", "sv")).toBe("Ny omrade");
	});
	it("words all five grade bands with SKR's ranges", () => {
		expect(GRADE_BAND_IDS.map((id) => gradeWithRange(id, "sv"))).toEqual([
			"Mycket högt (≥80)",
			"Högt (70–79)",
			"Godkänt (62–69)",
			"Lågt (50–61)",
			"Mycket lågt (<50)",
		]);
		expect(gradeWithRange("mycket-lagt", "en")).toBe("Very low (<50)");
		expect(gradeRange("godkant", "en")).toBe("62–69");
	});
	it("words service factors, peer-group sources and the model", () => {
		expect(serviceFactorLabel("bemotande", "en")).toBe("Treatment");
		expect(serviceFactorLabel("okand", "en")).toBe("okand");
		expect(peerGroupSourceLabel("scb-lan", "sv")).toBe("SCB, kommuner per län");
		expect(peerGroupSourceLabel("gr-members", "en")).toMatch(/member/);
		expect(modelWords("weighted-standardised-mean", "en").name).toBe(
			"Weighted mean of standardised factor values",
		);
	});
});

describe("areaShortLabel", () => {
	it("shortens long area names for the axis", () => {
		expect(areaShortLabel("servering", "sv")).toBe("Servering");
		expect(areaShortLabel("totalt", "sv")).toBe("NKI totalt");
		expect(areaShortLabel("nytt", "sv")).toBe("Nytt");
	});
});
