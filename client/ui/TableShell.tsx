import { type ReactNode, useId } from "react";
import { ScrollRegion } from "./ScrollRegion.tsx";

/** A scrollable data table: caption, one header row and the body rows. */
export function TableShell({
	caption,
	captionClassName,
	head,
	children,
}: {
	caption: ReactNode;
	captionClassName?: string;
	/** The header row's cells. */
	head: ReactNode;
	children: ReactNode;
}) {
	const captionId = useId();
	// Focusable, so that a keyboard can scroll a table wider than its frame.
	return (
		<ScrollRegion labelledBy={captionId}>
			<table className="data-table">
				<caption id={captionId} className={captionClassName}>
					{caption}
				</caption>
				<thead>
					<tr>{head}</tr>
				</thead>
				<tbody>{children}</tbody>
			</table>
		</ScrollRegion>
	);
}

/** A titled panel section, its heading naming it for assistive technology. */
export function Panel({
	titleId,
	title,
	children,
}: {
	titleId: string;
	title: ReactNode;
	children: ReactNode;
}) {
	return (
		<section className="panel" aria-labelledby={titleId}>
			<h2 id={titleId}>{title}</h2>
			{children}
		</section>
	);
}
