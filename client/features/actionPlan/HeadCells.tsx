/** A table's column headers, for TableShell's `head`. */
export function HeadCells({ labels }: { labels: readonly string[] }) {
	return labels.map((label) => (
		<th key={label} scope="col">
			{label}
		</th>
	));
}
