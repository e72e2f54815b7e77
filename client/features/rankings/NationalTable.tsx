import {
	type MouseEvent,
	memo,
	type RefObject,
	useEffect,
	useId,
	useMemo,
} from "react";
import type { NationalRow } from "../../../server/schemas/rankings.ts";
import { FORMAT, formatSigned, type Lang } from "../../i18n/format.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { navigate } from "../../state/router.ts";
import type { SortState } from "../../state/urlState.ts";
import { SortHeader } from "../compare/SortHeader.tsx";
import { factorDigits } from "../factors/factorData.ts";
import { RANKINGS_MESSAGES } from "./messages.ts";
import { ProvenanceMark, provenanceCellProps } from "./ProvenanceMark.tsx";
import {
	type FactorGroup,
	factorResult,
	type RankingFactor,
	type WithinRanks,
} from "./rankingsData.ts";
import type { FactorDisplay } from "./rankingsView.ts";
import { ScrollRegion } from "./ScrollRegion.tsx";
import { useRowWindow } from "./useRowWindow.ts";

export interface NationalTableProps {
	caption: string;
	rows: readonly NationalRow[];
	groups: readonly FactorGroup[];
	previousYear: number | null;
	within: ReadonlyMap<string, WithinRanks> | null;
	focusCode: string;
	display: FactorDisplay;
	sort: SortState;
	onSort: (key: string) => void;
	/** The Översikt link for a municipality code. */
	hrefFor: (code: string) => string;
	/** Set by the table: brings a municipality's row into view and focuses its link. */
	showRowRef?: RefObject<((code: string) => void) | null>;
}

/** The row element's id, so "show the focus municipality" can scroll to it. */
export const rowId = (code: string) => `ranking-row-${code}`;

/**
 * All listed municipalities, a column per factor grouped into survey and statistics. Rows are
 * memoised and keyed by code, so sorting moves rows instead of rendering ~6,000 cells again.
 */
export function NationalTable(props: NationalTableProps) {
	const { caption, rows, groups, within, focusCode, display, hrefFor } = props;
	const { lang } = useI18n();
	const m = RANKINGS_MESSAGES[lang].table;
	const captionId = useId();
	const factors = useMemo(() => groups.flatMap((g) => g.factors), [groups]);
	const { regionRef, onScroll, span, scrollToIndex } = useRowWindow(
		rows.length,
		`${display}|${within !== null}`,
	);
	const columns = 6 + (within ? 1 : 0) + factors.length;
	useEffect(() => {
		if (!props.showRowRef) return;
		props.showRowRef.current = (code: string) => {
			const index = rows.findIndex((r) => r.code === code);
			if (index < 0) return;
			scrollToIndex(index);
			// The row is rendered on the next frame when it was outside the window.
			requestAnimationFrame(() =>
				document
					.getElementById(rowId(code))
					?.querySelector("a")
					?.focus({ preventScroll: true }),
			);
		};
	});
	return (
		<ScrollRegion
			labelledBy={captionId}
			className="ranking-scroll"
			testId="ranking-table"
			ref={regionRef}
			onScroll={onScroll}
		>
			<table
				className="data-table ranking-table"
				aria-rowcount={rows.length + HEAD_ROWS}
			>
				<caption id={captionId} className="sr-only">
					{caption}
				</caption>
				<TableHead {...props} />
				<tbody>
					{span.before > 0 && (
						<SpacerRow height={span.before} columns={columns} />
					)}
					{rows.slice(span.start, span.end).map((row, i) => (
						<RankingRow
							key={row.code}
							index={span.start + i}
							row={row}
							factors={factors}
							within={within?.get(row.code)}
							showWithin={within !== null}
							isFocus={row.code === focusCode}
							display={display}
							href={hrefFor(row.code)}
							lang={lang}
						/>
					))}
					{span.after > 0 && (
						<SpacerRow height={span.after} columns={columns} />
					)}
				</tbody>
			</table>
			{rows.length === 0 && <p className="status empty">{m.noMatch}</p>}
		</ScrollRegion>
	);
}

/** The two header rows, counted in aria-rowcount and the rows' aria-rowindex. */
const HEAD_ROWS = 2;

/** Keeps the scroll height of the rows that are not rendered. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
	return (
		<tr className="spacer-row">
			<td colSpan={columns} style={{ height }} />
		</tr>
	);
}

function TableHead({
	groups,
	previousYear,
	within,
	sort,
	onSort,
}: NationalTableProps) {
	const m = useMessages(RANKINGS_MESSAGES).table;
	const head = { sort, onSort, rowSpan: 2 };
	return (
		<thead>
			<tr>
				<SortHeader sortKey="rank" className="col-rank" {...head}>
					{m.rank}
				</SortHeader>
				<SortHeader sortKey="name" className="col-name" {...head}>
					{m.name}
				</SortHeader>
				{within && (
					<th scope="col" rowSpan={2}>
						{m.rankWithin}
					</th>
				)}
				<SortHeader sortKey="change" {...head}>
					{previousYear === null ? m.changeShort : m.change(previousYear)}
				</SortHeader>
				<SortHeader sortKey="code" {...head}>
					{m.code}
				</SortHeader>
				<SortHeader sortKey="county" className="text" {...head}>
					{m.county}
				</SortHeader>
				<SortHeader sortKey="kommungrupp" className="text" {...head}>
					{m.kommungrupp}
				</SortHeader>
				{groups.map((g) => (
					<th
						key={g.kind}
						scope="colgroup"
						colSpan={g.factors.length}
						className="col-group"
					>
						{g.kind === "survey" ? m.survey : m.statistic}
					</th>
				))}
			</tr>
			<tr>
				{groups.flatMap((g) =>
					g.factors.map((f) => (
						<SortHeader
							key={f.id}
							sortKey={`f:${f.id}`}
							sort={sort}
							onSort={onSort}
							className="col-factor"
						>
							{f.label}
						</SortHeader>
					)),
				)}
			</tr>
		</thead>
	);
}

interface RowProps {
	/** The row's place in the sorted list, from 0. */
	index: number;
	row: NationalRow;
	factors: readonly RankingFactor[];
	within: WithinRanks | undefined;
	showWithin: boolean;
	isFocus: boolean;
	display: FactorDisplay;
	href: string;
	lang: Lang;
}

/** A click anywhere on the row opens the municipality's Översikt; the name is the link keyboards use. */
function openRow(event: MouseEvent<HTMLTableRowElement>, href: string) {
	if (event.defaultPrevented || event.button !== 0) return;
	if ((event.target as Element).closest("a, button")) return;
	if (window.getSelection()?.toString()) return;
	navigate(href);
	window.scrollTo(0, 0);
}

const RankingRow = memo(function RankingRow({
	index,
	row,
	factors,
	within,
	showWithin,
	isFocus,
	display,
	href,
	lang,
}: RowProps) {
	// No hooks below the table: every row and cell would otherwise follow the URL and render again on each sort.
	const { num } = FORMAT[lang];
	const m = RANKINGS_MESSAGES[lang].table;
	return (
		<tr
			id={rowId(row.code)}
			data-row=""
			aria-rowindex={index + HEAD_ROWS + 1}
			className={isFocus ? "is-us" : undefined}
			onClick={(event) => openRow(event, href)}
		>
			<td {...rankCellProps(row, lang)}>
				{num(row.rank)}
				<ProvenanceMark provenance={row.provenance} lang={lang} />
			</td>
			<th scope="row" className="col-name">
				<a href={href} onClick={(event) => linkClick(event, href)}>
					{row.name}
				</a>
				{isFocus && <span className="sr-only"> ({m.focus})</span>}
			</th>
			{showWithin && <td>{num(within?.rank ?? null)}</td>}
			<td {...changeProps(row, lang)}>
				{formatSigned(row.change, 0, lang)}
				<ProvenanceMark provenance={row.changeProvenance} lang={lang} />
			</td>
			<td>{row.code}</td>
			<td className="text col-county">{row.countyName}</td>
			<td className="text">{row.kommungrupp ?? "–"}</td>
			{factors.map((factor) => (
				<FactorCell
					key={factor.id}
					row={row}
					factor={factor}
					withinRank={
						showWithin ? (within?.factors[factor.id] ?? null) : undefined
					}
					display={display}
					lang={lang}
				/>
			))}
		</tr>
	);
});

function linkClick(event: MouseEvent<HTMLAnchorElement>, href: string) {
	if (
		event.button !== 0 ||
		event.metaKey ||
		event.ctrlKey ||
		event.shiftKey ||
		event.altKey
	)
		return;
	event.preventDefault();
	navigate(href);
	window.scrollTo(0, 0);
}

function rankCellProps(row: NationalRow, lang: Lang) {
	const base = provenanceCellProps(row.provenance, lang);
	return {
		...base,
		className: ["col-rank", base.className].filter(Boolean).join(" "),
	};
}

function changeProps(row: NationalRow, lang: Lang) {
	const base = provenanceCellProps(row.changeProvenance, lang);
	const direction =
		row.change === null || row.change === 0
			? ""
			: row.change > 0
				? "change-up"
				: "change-down";
	return {
		...base,
		className:
			[base.className, direction].filter(Boolean).join(" ") || undefined,
	};
}

function FactorCell({
	row,
	factor,
	withinRank,
	display,
	lang,
}: {
	row: NationalRow;
	factor: RankingFactor;
	/** The rank within the selection; undefined when ranks are among all municipalities. */
	withinRank: number | null | undefined;
	display: FactorDisplay;
	lang: Lang;
}) {
	const { num } = FORMAT[lang];
	const m = RANKINGS_MESSAGES[lang].table;
	const result = factorResult(row, factor.id);
	const value = result?.value ?? null;
	const rank = withinRank === undefined ? (result?.rank ?? null) : withinRank;
	return (
		<td {...provenanceCellProps(result?.provenance, lang)}>
			{display !== "rank" && num(value, factorDigits(factor.kind, value))}
			{display !== "rank" && (
				<ProvenanceMark provenance={result?.provenance} lang={lang} />
			)}
			{display === "both" && " "}
			{display !== "value" && (
				<span className={display === "both" ? "factor-rank" : undefined}>
					{display === "both" && "("}
					<span className="sr-only">{m.rankWord} </span>
					{num(rank)}
					{display === "both" && ")"}
				</span>
			)}
		</td>
	);
}
