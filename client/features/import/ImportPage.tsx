import { useState } from "react";
import { useCanEdit, useSessionQuery } from "../../api/session.ts";
import { useMessages } from "../../i18n/useI18n.ts";
import { ImportHistory } from "./ImportHistory.tsx";
import { IMPORT_MESSAGES } from "./messages.ts";
import { UploadForm } from "./UploadForm.tsx";

export default function ImportPage() {
	const m = useMessages(IMPORT_MESSAGES);
	const session = useSessionQuery();
	const isAdmin = useCanEdit("admin");
	/** The admin token lives in this page's state only: never in storage or the URL. */
	const [typedToken, setTypedToken] = useState("");
	/** An admin's session does what the token does (cookie and CSRF token): null sends that. */
	const token = isAdmin ? null : typedToken;
	return (
		<article>
			<h1>{m.heading}</h1>
			<p className="lead">{m.lead}</p>
			<UploadForm
				token={token}
				adminName={isAdmin ? (session.data?.session?.user.name ?? "") : null}
				isSessionKnown={!session.isPending}
				onTokenChange={setTypedToken}
			/>
			<ImportHistory token={token} />
		</article>
	);
}
