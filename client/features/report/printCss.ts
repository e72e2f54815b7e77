import type { Lang } from "../../i18n/format.ts";
import { REPORT_MESSAGES } from "./messages.ts";

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
	return `"${text
		.replace(/\\/g, "\\\\")
		.replace(/"/g, '\\"')
		.replace(/[\r\n]+/g, " ")}"`;
}

export interface PrintCssInput {
	synthetic: boolean;
	/** e.g. "Partille 2025 · 2026-11-27" */
	footer: string;
	lang: Lang;
}

/**
 * Page margin boxes for the printed report. Chromium prints them on every page (a position: fixed
 * element is printed once only), so the synthetic warning really is on each page.
 */
export function reportPrintCss({
	synthetic,
	footer,
	lang,
}: PrintCssInput): string {
	const m = REPORT_MESSAGES[lang];
	const warning = m.pageWarning;
	const page = m.pageNumber;
	const box = "font: 8pt system-ui, sans-serif; color: #444c56;";
	const top = synthetic
		? `@top-center { content: ${cssString(warning)}; font: 700 9pt system-ui, sans-serif; color: #3d2e00; background: #fff4d6; border: 1px solid #8a6d00; padding: 1mm 3mm; }`
		: "";
	return `@page { size: A4; margin: 16mm 14mm; ${top} @bottom-left { content: ${cssString(`Topp10 · ${footer}`)}; ${box} } @bottom-right { content: ${page}; ${box} } }`;
}

/**
 * Applies CSS through a constructed stylesheet while mounted. The app's Content-Security-Policy
 * (style-src 'self') blocks inline <style> elements; the CSSOM is not restricted.
 */
export function adoptStyleSheet(css: string): () => void {
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(css);
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	return () => {
		document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
			(s) => s !== sheet,
		);
	};
}
