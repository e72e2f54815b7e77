import { type ReactNode, useId } from "react";

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
		<div
			className="table-scroll"
			tabIndex={0}
			role="region"
			aria-labelledby={captionId}
		>
			<table className="data-table">
				<caption id={captionId} className={captionClassName}>
					{caption}
				</caption>
				<thead>
					<tr>{head}</tr>
				</thead>
				<tbody>{children}</tbody>
			</table>
		</div>
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
