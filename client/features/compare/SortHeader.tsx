import type { ReactNode } from "react";
import type { SortState } from "../../state/urlState.ts";
import { ariaSort, sortArrow } from "./useSort.ts";

/** A column header whose button sorts by the column; its name is its visible label. */
export function SortHeader({
	sortKey,
	sort,
	onSort,
	children,
	className,
	rowSpan,
}: {
	sortKey: string;
	sort: SortState;
	onSort: (key: string) => void;
	children: ReactNode;
	className?: string;
	rowSpan?: number;
}) {
	return (
		<th
			scope="col"
			aria-sort={ariaSort(sort, sortKey)}
			className={className}
			rowSpan={rowSpan}
		>
			<button
				type="button"
				className="sort-button"
				onClick={() => onSort(sortKey)}
			>
				{children}
				<span aria-hidden="true">{sortArrow(sort, sortKey)}</span>
			</button>
		</th>
	);
}

export interface SortColumn {
	key: string;
	label: string;
	className?: string;
}

/** A sortable header cell per column. */
export function SortHeaders({
	columns,
	sort,
	onSort,
	rowSpan,
}: {
	columns: readonly SortColumn[];
	sort: SortState;
	onSort: (key: string) => void;
	rowSpan?: number;
}) {
	return columns.map((column) => (
		<SortHeader
			key={column.key}
			sortKey={column.key}
			sort={sort}
			onSort={onSort}
			className={column.className}
			rowSpan={rowSpan}
		>
			{column.label}
		</SortHeader>
	));
}
