import { useMessages } from "../../i18n/useI18n.ts";
import { BreaksPanel } from "./BreaksPanel.tsx";
import { MethodsPanel } from "./MethodsPanel.tsx";
import { ABOUT_MESSAGES } from "./messages.ts";
import { SourcesPanel } from "./SourcesPanel.tsx";
import { SyntheticPanel } from "./SyntheticPanel.tsx";

export default function AboutPage() {
	const m = useMessages(ABOUT_MESSAGES);
	return (
		<article className="prose">
			<h1>{m.heading}</h1>
			<SourcesPanel />
			<SyntheticPanel />
			<MethodsPanel />
			<BreaksPanel />
		</article>
	);
}
