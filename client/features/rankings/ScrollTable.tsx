import { type ReactNode, type Ref, type UIEventHandler, useId } from "react";

/**
 * A data table in a region that scrolls sideways (and, with a height, down), which keyboard users
 * can reach and scroll with the arrow keys; the region is named by the table's caption.
 */
export function ScrollTable({
	caption,
	className,
	tableClassName,
	rowCount,
	testId,
	children,
	after,
	ref,
	onScroll,
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
		<section
			ref={ref}
			onScroll={onScroll}
			className={`table-scroll ${className ?? ""}`}
			aria-labelledby={captionId}
			// biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
			tabIndex={0}
			data-testid={testId}
		>
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
		</section>
	);
}
