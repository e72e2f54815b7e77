import { type ReactNode, useId, useRef, useState } from "react";
import { fileSlug, toCsv } from "../export/csv.ts";
import type { TableData } from "../export/table.ts";
import { useI18n } from "../i18n/useI18n.ts";
import { useSearchParam } from "../state/router.ts";
import { PARAM, parseIdSet, toggleId } from "../state/urlState.ts";
import { DataTable } from "../ui/DataTable.tsx";
import { SyntheticBadge } from "../ui/SyntheticBadge.tsx";
import { chartToPng, downloadBlob } from "./exportPng.ts";
import { Legend } from "./Legend.tsx";
import type { LegendItem } from "./legend.ts";
import { footerLines } from "./pngLayout.ts";

export interface ChartFrameProps {
	/** Stable id: the table toggle in the URL (`tabell=`), test hooks and file names. */
	id: string;
	title: string;
	/** What the chart shows, in words, for screen readers (and sighted readers too). */
	description: string;
	/** Shown under the title and in the exported image, e.g. "Partille 2014–2023". */
	subtitle?: string;
	source: string;
	table: TableData;
	legend?: readonly LegendItem[];
	/** The chart shows synthetic figures: badge on screen, warning in the export. */
	synthetic?: boolean;
	/** For print: no toolbar and no table toggle. */
	staticView?: boolean;
	/** Text under the chart, e.g. a model note. */
	note?: ReactNode;
	children: ReactNode;
}

/**
 * Every chart sits in one of these: a titled section with a description, a chart/table toggle kept
 * in the URL, PNG and CSV downloads, the legend, the source line and the synthetic badge.
 */
export function ChartFrame({
	id,
	title,
	description,
	subtitle,
	source,
	table,
	legend = [],
	synthetic = false,
	staticView = false,
	note,
	children,
}: ChartFrameProps) {
	const { t, lang } = useI18n();
	const uid = useId();
	const titleId = `${uid}-title`;
	const descId = `${uid}-desc`;
	const figureRef = useRef<HTMLElement>(null);
	const [tables, setTables] = useSearchParam(PARAM.tables);
	const showTable = !staticView && parseIdSet(tables).has(id);
	const [exportError, setExportError] = useState<string | null>(null);
	const baseName = fileSlug(`${title} ${subtitle ?? ""}`);

	const downloadCsv = () => {
		downloadBlob(
			new Blob([toCsv(table)], { type: "text/csv;charset=utf-8" }),
			`${baseName}.csv`,
		);
	};
	const downloadPng = async () => {
		setExportError(null);
		const svg = figureRef.current?.querySelector<SVGSVGElement>(
			"svg.chart-svg, svg.recharts-surface",
		);
		if (!svg) return;
		try {
			const blob = await chartToPng(svg, {
				title,
				subtitle: subtitle ?? null,
				legend,
				footer: footerLines({ source, date: new Date(), synthetic, lang }),
			});
			downloadBlob(blob, `${baseName}.png`);
		} catch (error) {
			setExportError(error instanceof Error ? error.message : String(error));
		}
	};

	return (
		<section
			className="panel chart-frame"
			aria-labelledby={titleId}
			data-chart={id}
		>
			<div className="chart-head">
				<div>
					<h2 id={titleId}>
						{title} <SyntheticBadge show={synthetic} />
					</h2>
					{subtitle && <p className="muted chart-subtitle">{subtitle}</p>}
				</div>
				{!staticView && (
					<fieldset className="chart-tools">
						<legend className="sr-only">{t("chart.tools")}</legend>
						<button
							type="button"
							aria-pressed={showTable}
							onClick={() => setTables(toggleId(tables, id))}
						>
							{showTable ? t("chart.showChart") : t("chart.showTable")}
						</button>
						<button
							type="button"
							onClick={() => void downloadPng()}
							disabled={showTable}
							title={showTable ? t("chart.pngNeedsChart") : undefined}
							aria-label={t("chart.downloadPngLabel", { title })}
						>
							{t("chart.downloadPng")}
						</button>
						<button
							type="button"
							onClick={downloadCsv}
							aria-label={t("chart.downloadCsvLabel", { title })}
						>
							{t("chart.downloadCsv")}
						</button>
					</fieldset>
				)}
			</div>
			<p id={descId} className="chart-desc">
				{description}
			</p>
			{showTable ? (
				<DataTable table={table} caption={title} />
			) : (
				<figure
					ref={figureRef}
					aria-labelledby={titleId}
					aria-describedby={descId}
					data-testid={id}
				>
					{children}
				</figure>
			)}
			{!showTable && <Legend items={legend} />}
			{note}
			{exportError && (
				<p className="status error" role="alert">
					{exportError}
				</p>
			)}
			<p className="source">
				{t("chart.source")}: {source}
			</p>
		</section>
	);
}
