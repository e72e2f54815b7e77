import type { ReactNode } from "react";

/**
 * A horizontally (and vertically) scrolling table area that keyboard users can reach and scroll
 * with the arrow keys, named by the table's caption.
 */
export function ScrollRegion({
	labelledBy,
	className,
	testId,
	children,
}: {
	labelledBy: string;
	className?: string;
	testId?: string;
	children: ReactNode;
}) {
	return (
		<section
			className={`table-scroll ${className ?? ""}`}
			aria-labelledby={labelledBy}
			// biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
			tabIndex={0}
			data-testid={testId}
		>
			{children}
		</section>
	);
}
