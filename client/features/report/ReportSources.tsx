import { errorMessage } from "../../api/errorMessage.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { REPORT_MESSAGES } from "./messages.ts";

/** The sources, whether the report holds synthetic figures, and which parts could not be loaded. */
export function ReportSources({
	synthetic,
	errors,
}: {
	synthetic: boolean;
	/** The errors of the answers that failed; the report is printed without them. */
	errors: readonly Error[];
}) {
	const { lang } = useI18n();
	const m = useMessages(REPORT_MESSAGES);
	return (
		<section className="report-section report-sources">
			<h2>{m.sourcesTitle}</h2>
			<ul>
				<li>{m.sourceSn}</li>
				<li>{m.sourceInsikt}</li>
				<li>{m.sourceTopp10}</li>
			</ul>
			<p>{synthetic ? m.provenanceMixed : m.provenancePublished}</p>
			{errors.length > 0 && (
				<p className="muted">
					{m.partsMissing}
					{errors.map((error) => errorMessage(error, lang)).join(" · ")}
				</p>
			)}
		</section>
	);
}
