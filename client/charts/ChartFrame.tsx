import { type ReactNode, useId, useRef } from "react";
import { downloadCsv, downloadXlsx } from "../export/download.ts";
import type { ExportMeta, TableData } from "../export/table.ts";
import { useI18n, useMessages } from "../i18n/useI18n.ts";
import { useSearchParam } from "../state/router.ts";
import { PARAM, parseIdSet, toggleId } from "../state/urlState.ts";
import { DataTable } from "../ui/DataTable.tsx";
import { SyntheticBadge } from "../ui/SyntheticBadge.tsx";
import { Legend } from "./Legend.tsx";
import type { LegendItem } from "./legend.ts";
import { CHART_MESSAGES } from "./messages.ts";
import { usePngDownload } from "./usePngDownload.ts";

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
	/** The municipality and year the chart is about, written above the table in every download. */
	municipality?: string | null;
	year?: number | null;
	/** Text under the chart, e.g. a model note. */
	note?: ReactNode;
	/** The chart; without one the frame shows its table, with the same downloads (no PNG). */
	children?: ReactNode;
	/** False when the view is not an SVG chart (e.g. a list): no PNG download. */
	image?: boolean;
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
	municipality = null,
	year = null,
	note,
	children,
	image = true,
}: ChartFrameProps) {
	const { lang } = useI18n();
	const m = useMessages(CHART_MESSAGES);
	const uid = useId();
	const titleId = `${uid}-title`;
	const descId = `${uid}-desc`;
	const figureRef = useRef<HTMLElement>(null);
	const [tables, setTables] = useSearchParam(PARAM.tables);
	const tableOnly = children === undefined;
	const showTable = tableOnly || (!staticView && parseIdSet(tables).has(id));
	const name = `${title} ${subtitle ?? ""}`;
	/** What a CSV or XLSX download says above its table. */
	const exportMeta = (): ExportMeta => ({
		title: subtitle ? `${title}, ${subtitle}` : title,
		municipality,
		year,
		source,
		downloadedAt: new Date(),
		synthetic,
		lang,
	});
	const png = usePngDownload(figureRef, {
		title,
		subtitle,
		legend,
		source,
		synthetic,
		name,
	});

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
						<legend className="sr-only">{m.tools}</legend>
						{!tableOnly && (
							<>
								<button
									type="button"
									aria-pressed={showTable}
									onClick={() => setTables(toggleId(tables, id))}
								>
									{showTable ? m.showChart : m.showTable}
								</button>
								{image && (
									<button
										type="button"
										onClick={() => void png.download()}
										disabled={showTable}
										title={showTable ? m.pngNeedsChart : undefined}
										// The name starts with the visible text. A screen-reader-only span would not do:
										// being positioned, it is read as a block, with a space before its colon.
										aria-label={`${m.downloadPng}${m.downloadPngLabel(title)}`}
									>
										{m.downloadPng}
									</button>
								)}
							</>
						)}
						{[
							{
								save: downloadCsv,
								text: m.downloadCsv,
								label: m.downloadCsvLabel,
							},
							{
								save: downloadXlsx,
								text: m.downloadXlsx,
								label: m.downloadXlsxLabel,
							},
						].map((file) => (
							<button
								key={file.text}
								type="button"
								onClick={() => file.save(table, name, exportMeta())}
								aria-label={`${file.text}${file.label(title)}`}
							>
								{file.text}
							</button>
						))}
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
			{png.error && (
				<p className="status error" role="alert">
					{png.error}
				</p>
			)}
			<p className="source">
				{m.source}: {source}
			</p>
		</section>
	);
}
