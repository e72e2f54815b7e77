import type { ReactNode } from "react";
import type { Provenance } from "../../../domain/provenance.ts";
import type { Lang } from "../../i18n/format.ts";
import { provenanceLabel } from "../../i18n/terms.ts";
import { RANKINGS_MESSAGES } from "./messages.ts";

/** A table cell's class and tooltip for a figure's provenance: synthetic ones italic, dotted. */
export function provenanceCellProps(
	provenance: Provenance | null | undefined,
	lang: Lang,
): { className?: string; title?: string; "data-provenance"?: Provenance } {
	if (!provenance) return {};
	return {
		className: provenance === "synthetic" ? "synthetic-value" : undefined,
		title: provenanceLabel(provenance, lang),
		"data-provenance": provenance,
	};
}

/**
 * What a figure's provenance adds after it: nothing for a published figure, a small "i" for an
 * imported one, and for every mark the word for screen readers.
 */
export function ProvenanceMark({
	provenance,
	lang,
}: {
	provenance: Provenance | null | undefined;
	lang: Lang;
}) {
	if (!provenance || provenance === "published") return null;
	return (
		<>
			{provenance === "imported" && (
				<sup className="provenance-mark" aria-hidden="true">
					{RANKINGS_MESSAGES[lang].marks.importedMark}
				</sup>
			)}
			<span className="sr-only"> ({provenanceLabel(provenance, lang)})</span>
		</>
	);
}

/** A table cell for a figure: its provenance's class and tooltip, the figure, then its mark. */
export function ProvenanceCell({
	provenance,
	lang,
	className,
	children,
}: {
	provenance: Provenance | null | undefined;
	lang: Lang;
	className?: string;
	children: ReactNode;
}) {
	const props = provenanceCellProps(provenance, lang);
	const classes = [className, props.className].filter(Boolean).join(" ");
	return (
		<td {...props} className={classes || undefined}>
			{children}
			<ProvenanceMark provenance={provenance} lang={lang} />
		</td>
	);
}
