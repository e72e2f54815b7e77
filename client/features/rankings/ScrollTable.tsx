import { type ReactNode, type Ref, type UIEventHandler, useId } from "react";
import { ScrollRegion } from "../../ui/ScrollRegion.tsx";

/**
 * A data table in the shared scroll region (ui/ScrollRegion: focusable, named by the table's
 * caption), with a caption for screen readers; the visible title is the section's heading.
 */
export function ScrollTable({
	caption,
	tableClassName,
	rowCount,
	children,
	after,
	...region
}: {
	/** The caption, for screen readers: the visible title is the section's heading. */
	caption: ReactNode;
	className?: string;
	tableClassName: string;
	/** aria-rowcount, for a table that renders only some of its rows. */
	rowCount?: number;
	testId?: string;
	/** The table's head and body. */
	children: ReactNode;
	/** What follows the table inside the region, e.g. "nothing matches". */
	after?: ReactNode;
	ref?: Ref<HTMLElement>;
	onScroll?: UIEventHandler<HTMLElement>;
}) {
	const captionId = useId();
	return (
		<ScrollRegion labelledBy={captionId} {...region}>
			<table
				className={`data-table ${tableClassName}`}
				aria-rowcount={rowCount}
			>
				<caption id={captionId} className="sr-only">
					{caption}
				</caption>
				{children}
			</table>
			{after}
		</ScrollRegion>
	);
}
