import { useId, useRef, useState } from "react";
import { errorMessage } from "../../api/errorMessage.ts";
import { ApiRequestError } from "../../api/http.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { Form, TextField } from "../../ui/FormField.tsx";
import { PLAN_MESSAGES } from "./messages.ts";
import { useAddNoteMutation } from "./queries.ts";

/** A dated progress note on one action; the date defaults to today (in Sweden) on the server. */
export function NoteForm({ actionId }: { actionId: number }) {
	const { lang } = useI18n();
	const m = useMessages(PLAN_MESSAGES);
	const id = useId();
	const [text, setText] = useState("");
	const [date, setDate] = useState("");
	const [error, setError] = useState<{ field: string; text: string } | null>(
		null,
	);
	const [saved, setSaved] = useState(false);
	const textRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
	const dateRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
	const add = useAddNoteMutation();

	const submit = async () => {
		setSaved(false);
		try {
			await add.mutateAsync({
				id: actionId,
				note: date.trim() ? { text, date: date.trim() } : { text },
			});
			setText("");
			setDate("");
			setError(null);
			setSaved(true);
			textRef.current?.focus();
		} catch (caught) {
			const field =
				caught instanceof ApiRequestError && caught.field === "date"
					? "date"
					: "text";
			setError({
				field,
				text:
					caught instanceof Error ? errorMessage(caught, lang) : String(caught),
			});
			(field === "date" ? dateRef : textRef).current?.focus();
		}
	};

	return (
		<Form
			className="note-form"
			onSubmit={() => {
				if (text.trim() === "") {
					setError({
						field: "text",
						text: errorMessage(
							new ApiRequestError("", "note_empty", 400),
							lang,
						),
					});
					textRef.current?.focus();
					return;
				}
				void submit();
			}}
		>
			<fieldset>
				<legend>{m.note.legend}</legend>
				<TextField
					id={`${id}-text`}
					label={m.note.text}
					rows={2}
					value={text}
					onChange={setText}
					error={error?.field === "text" ? error.text : undefined}
					inputRef={textRef}
				/>
				<TextField
					id={`${id}-date`}
					label={m.note.date}
					hint={m.note.dateHint}
					inputMode="numeric"
					value={date}
					onChange={setDate}
					error={error?.field === "date" ? error.text : undefined}
					inputRef={dateRef}
				/>
				<button type="submit" disabled={add.isPending}>
					{m.note.add}
				</button>
				<span className="muted" role="status">
					{saved ? m.note.added : ""}
				</span>
			</fieldset>
		</Form>
	);
}
