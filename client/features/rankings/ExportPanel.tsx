import type { ReactNode } from "react";
import {
	ExportButtons,
	type ExportButtonsProps,
} from "../../export/ExportButtons.tsx";

/** A titled panel whose table downloads as CSV and XLSX from the buttons beside the title. */
export function ExportPanel({
	titleId,
	title,
	testId,
	download,
	children,
}: {
	titleId: string;
	title: string;
	testId?: string;
	download: ExportButtonsProps;
	children: ReactNode;
}) {
	return (
		<section className="panel" aria-labelledby={titleId} data-testid={testId}>
			<div className="chart-head">
				<h2 id={titleId}>{title}</h2>
				<ExportButtons {...download} />
			</div>
			{children}
		</section>
	);
}

/** A header row of plain column headings (the first one may be text-aligned by its class). */
export function HeadRow({
	labels,
}: {
	labels: readonly (string | { label: string; className: string })[];
}) {
	return (
		<thead>
			<tr>
				{labels.map((l) =>
					typeof l === "string" ? (
						<th key={l} scope="col">
							{l}
						</th>
					) : (
						<th key={l.label} scope="col" className={l.className}>
							{l.label}
						</th>
					),
				)}
			</tr>
		</thead>
	);
}
