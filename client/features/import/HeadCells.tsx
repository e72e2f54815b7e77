/** A table head's cells: each label, text columns (left-aligned) marked. */
export function HeadCells({
	cells,
}: {
	cells: readonly { label: string; isText?: boolean }[];
}) {
	return (
		<>
			{cells.map(({ label, isText }) => (
				<th key={label} scope="col" className={isText ? "text" : undefined}>
					{label}
				</th>
			))}
		</>
	);
}
