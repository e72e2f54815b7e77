import { useState } from "react";
import { useMessages } from "../../i18n/useI18n.ts";
import { ImportHistory } from "./ImportHistory.tsx";
import { IMPORT_MESSAGES } from "./messages.ts";
import { UploadForm } from "./UploadForm.tsx";

export default function ImportPage() {
	const m = useMessages(IMPORT_MESSAGES);
	/** The admin token lives in this page's state only: never in storage or the URL. */
	const [token, setToken] = useState("");
	return (
		<article>
			<h1>{m.heading}</h1>
			<p className="lead">{m.lead}</p>
			<UploadForm token={token} onTokenChange={setToken} />
			<ImportHistory token={token} />
		</article>
	);
}
