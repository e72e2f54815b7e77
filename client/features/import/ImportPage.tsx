import { useMessages } from "../../i18n/useI18n.ts";
import { ImportHistory } from "./ImportHistory.tsx";
import { IMPORT_MESSAGES } from "./messages.ts";
import { UploadForm } from "./UploadForm.tsx";

export default function ImportPage() {
	const m = useMessages(IMPORT_MESSAGES);
	return (
		<article>
			<h1>{m.heading}</h1>
			<p className="lead">{m.lead}</p>
			<UploadForm />
			<ImportHistory />
		</article>
	);
}
