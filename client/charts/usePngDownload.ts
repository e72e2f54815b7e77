import { type RefObject, useState } from "react";
import { fileSlug } from "../export/csv.ts";
import { downloadBlob } from "../export/download.ts";
import { useI18n, useMessages } from "../i18n/useI18n.ts";
import { chartToPng, PngExportError } from "./exportPng.ts";
import type { LegendItem } from "./legend.ts";
import { CHART_MESSAGES } from "./messages.ts";
import { footerLines } from "./pngLayout.ts";

export interface PngInput {
	title: string;
	subtitle: string | undefined;
	legend: readonly LegendItem[];
	source: string;
	synthetic: boolean;
	/** The file name, before it is made safe. */
	name: string;
}

/** Draws the figure's chart as a PNG with its title, legend and footer, and saves it. */
export function usePngDownload(
	figureRef: RefObject<HTMLElement | null>,
	input: PngInput,
) {
	const { lang } = useI18n();
	const m = useMessages(CHART_MESSAGES);
	const [error, setError] = useState<string | null>(null);
	const reasons = {
		draw: m.pngDrawFailed,
		canvas: m.pngNoCanvas,
		blob: m.pngNoImage,
	};
	const download = async () => {
		setError(null);
		const svg = figureRef.current?.querySelector<SVGSVGElement>(
			"svg.chart-svg, svg.recharts-surface",
		);
		if (!svg) return;
		try {
			const blob = await chartToPng(svg, {
				title: input.title,
				subtitle: input.subtitle ?? null,
				legend: input.legend,
				footer: footerLines({
					source: input.source,
					date: new Date(),
					synthetic: input.synthetic,
					lang,
				}),
			});
			downloadBlob(blob, `${fileSlug(input.name)}.png`);
		} catch (caught) {
			setError(
				caught instanceof PngExportError
					? reasons[caught.reason]
					: caught instanceof Error
						? caught.message
						: String(caught),
			);
		}
	};
	return { download, error };
}
