import { describe, expect, it } from "vitest";
import { cssString, reportPrintCss } from "./printCss.ts";

describe("cssString", () => {
	it("escapes quotes, backslashes and line breaks", () => {
		expect(cssString('Partille "test"')).toBe('"Partille \\"test\\""');
		expect(cssString("a\\b")).toBe('"a\\\\b"');
		expect(cssString("a\nb")).toBe('"a b"');
	});
});

describe("reportPrintCss", () => {
	it("puts the synthetic warning in the top margin of every page", () => {
		const css = reportPrintCss({
			synthetic: true,
			footer: "Partille 2025 · 2026-11-27",
			lang: "sv",
		});
		expect(css).toContain("@page");
		expect(css).toContain("size: A4");
		expect(css).toMatch(/@top-center \{ content: "EXEMPELDATA/);
		expect(css).toContain('"Sida " counter(page) " av " counter(pages)');
		expect(css).toContain('"Topp10 · Partille 2025 · 2026-11-27"');
	});
	it("has no warning without synthetic figures", () => {
		expect(
			reportPrintCss({ synthetic: false, footer: "x", lang: "en" }),
		).not.toContain("@top-center");
	});
});
