import { useEffect, useRef, useState } from "react";
import { updateSearch, useSearchParam } from "../../state/router.ts";
import { PARAM, parseWhatIf, serialiseWhatIf } from "../../state/urlState.ts";

const DEBOUNCE_MS = 250;
/** Changes closer together than this replace the history entry instead of adding one. */
const BURST_MS = 1500;

/**
 * Slider values: the draft follows the hand at once, the URL (and so the what-if request) follows
 * after a short pause. One drag makes one history entry, so back/forward steps through choices.
 */
export function useWhatIfDraft() {
	const [param] = useSearchParam(PARAM.whatIf);
	const [draft, setDraft] = useState<Record<string, number>>(() =>
		parseWhatIf(param),
	);
	const lastWrite = useRef(0);
	const written = useRef(param);

	// Back/forward or a shared link: the URL wins.
	useEffect(() => {
		if (param !== written.current) {
			written.current = param;
			setDraft(parseWhatIf(param));
		}
	}, [param]);

	useEffect(() => {
		const next = serialiseWhatIf(draft);
		if (next === written.current) return;
		const timer = setTimeout(() => {
			const now = Date.now();
			written.current = next;
			updateSearch(
				{ [PARAM.whatIf]: next },
				{ replace: now - lastWrite.current < BURST_MS },
			);
			lastWrite.current = now;
		}, DEBOUNCE_MS);
		return () => clearTimeout(timer);
	}, [draft]);

	return {
		draft,
		applied: parseWhatIf(param),
		setValue: (id: string, value: number | null) =>
			setDraft((current) => {
				const next = { ...current };
				if (value === null) delete next[id];
				else next[id] = value;
				return next;
			}),
		/** Tries exactly these values (a smallest-change path), dropping what was tried before. */
		replaceAll: (values: Record<string, number>) => setDraft({ ...values }),
		reset: () => setDraft({}),
	};
}
