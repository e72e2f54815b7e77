import type { ReactNode, Ref, UIEventHandler } from "react";

/**
 * A frame that scrolls what is wider than the screen (tables, the heatmap). WCAG asks that a
 * keyboard can scroll it, so it takes focus, and it is a named region so a screen reader says what
 * the focus landed on.
 */
export function ScrollRegion({
	label,
	labelledBy,
	children,
	className,
	testId,
	ref,
	onScroll,
}: {
	label?: string;
	labelledBy?: string;
	children: ReactNode;
	/** More classes, e.g. a height that makes the region scroll down too. */
	className?: string;
	testId?: string;
	ref?: Ref<HTMLElement>;
	onScroll?: UIEventHandler<HTMLElement>;
}) {
	return (
		<section
			ref={ref}
			onScroll={onScroll}
			data-testid={testId}
			className={className ? `table-scroll ${className}` : "table-scroll"}
			aria-label={label}
			aria-labelledby={labelledBy}
			// biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable)
			tabIndex={0}
		>
			{children}
		</section>
	);
}
