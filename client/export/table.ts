/** The typed table behind every chart: shown as the table view and written as CSV. */
export type Cell = string | number | null;

export interface TableColumn {
	key: string;
	label: string;
	/** Decimals for numbers; whole numbers when left out. */
	digits?: number;
}

export interface TableData {
	columns: TableColumn[];
	rows: Record<string, Cell>[];
}
