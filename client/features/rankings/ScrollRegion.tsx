import type { ReactNode, Ref, UIEventHandler } from "react";

/**
 * A horizontally (and vertically) scrolling table area that keyboard users can reach and scroll
 * with the arrow keys, named by the table's caption.
 */
export function ScrollRegion({
	labelledBy,
	className,
	testId,
	children,
	ref,
	onScroll,
}: {
	labelledBy: string;
	className?: string;
	testId?: string;
	children: ReactNode;
	ref?: Ref<HTMLElement>;
	onScroll?: UIEventHandler<HTMLElement>;
}) {
	return (
		<section
			ref={ref}
			onScroll={onScroll}
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
