import {
	type MouseEvent,
	memo,
	type RefObject,
	useEffect,
	useMemo,
} from "react";
import { combineProvenances } from "../../../domain/provenance.ts";
import type { NationalRow } from "../../../server/schemas/rankings.ts";
import { FORMAT, type Lang } from "../../i18n/format.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Link, navigate } from "../../state/router.ts";
import type { SortState } from "../../state/urlState.ts";
import { RankChange } from "../../ui/RankChange.tsx";
import { SortHeaders } from "../compare/SortHeader.tsx";
import { factorDigits } from "../factors/factorData.ts";
import { FactorGroupHeads } from "./FactorGroupHeads.tsx";
import { RANKINGS_MESSAGES } from "./messages.ts";
import { ProvenanceCell } from "./ProvenanceMark.tsx";
import {
	type FactorGroup,
	factorResult,
	type RankingFactor,
	type WithinRanks,
} from "./rankingsData.ts";
import type { FactorDisplay } from "./rankingsView.ts";
import { ScrollTable } from "./ScrollTable.tsx";
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
		<ScrollTable
			caption={caption}
			className="ranking-scroll"
			tableClassName="ranking-table"
			rowCount={rows.length + HEAD_ROWS}
			testId="ranking-table"
			ref={regionRef}
			onScroll={onScroll}
			after={rows.length === 0 && <p className="status empty">{m.noMatch}</p>}
		>
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
				{span.after > 0 && <SpacerRow height={span.after} columns={columns} />}
			</tbody>
		</ScrollTable>
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
				<SortHeaders
					columns={[
						{ key: "rank", label: m.rank, className: "col-rank" },
						{ key: "name", label: m.name, className: "col-name" },
					]}
					{...head}
				/>
				{within && (
					<th scope="col" rowSpan={2}>
						{m.rankWithin}
					</th>
				)}
				<SortHeaders
					columns={[
						{
							key: "change",
							label:
								previousYear === null ? m.changeShort : m.change(previousYear),
						},
						{ key: "code", label: m.code },
						{ key: "county", label: m.county, className: "text" },
						{ key: "kommungrupp", label: m.kommungrupp, className: "text" },
					]}
					{...head}
				/>
				<FactorGroupHeads
					groups={groups}
					survey={m.survey}
					statistic={m.statistic}
				/>
			</tr>
			<tr>
				<SortHeaders
					columns={groups.flatMap((g) =>
						g.factors.map((f) => ({
							key: `f:${f.id}`,
							label: f.label,
							className: "col-factor",
						})),
					)}
					sort={sort}
					onSort={onSort}
				/>
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
			<ProvenanceCell
				provenance={row.provenance}
				lang={lang}
				className="col-rank"
			>
				{num(row.rank)}
			</ProvenanceCell>
			<th scope="row" className="col-name">
				<Link href={href}>{row.name}</Link>
				{isFocus && <span className="sr-only"> ({m.focus})</span>}
			</th>
			{showWithin && <td>{num(within?.rank ?? null)}</td>}
			<ProvenanceCell
				provenance={row.changeProvenance}
				lang={lang}
				className={changeClass(row.change)}
			>
				<RankChange change={row.change} lang={lang} />
			</ProvenanceCell>
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

/** Climbs in green, falls in red (the arrow says it too). */
function changeClass(change: number | null): string | undefined {
	if (change === null || change === 0) return undefined;
	return change > 0 ? "change-up" : "change-down";
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
	// The rank compares every municipality's value, so it has the provenance of all of them.
	const shown = [
		...(display === "rank" ? [] : [result?.provenance]),
		...(display === "value" || rank === null ? [] : [factor.rankProvenance]),
	];
	return (
		<ProvenanceCell
			provenance={shown.some(Boolean) ? combineProvenances(shown) : null}
			lang={lang}
		>
			{display !== "rank" && num(value, factorDigits(factor.kind, value))}
			{display === "both" && " "}
			{display !== "value" && (
				<span className={display === "both" ? "factor-rank" : undefined}>
					{display === "both" && "("}
					<span className="sr-only">{m.rankWord} </span>
					{num(rank)}
					{display === "both" && ")"}
				</span>
			)}
		</ProvenanceCell>
	);
}
