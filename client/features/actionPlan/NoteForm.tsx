import { useId, useRef, useState } from "react";
import { errorMessage } from "../../api/errorMessage.ts";
import { ApiRequestError } from "../../api/http.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
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
	const textRef = useRef<HTMLTextAreaElement>(null);
	const dateRef = useRef<HTMLInputElement>(null);
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
		<form
			className="note-form"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
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
				<div className="form-field">
					<label htmlFor={`${id}-text`}>{m.note.text}</label>
					{error?.field === "text" && (
						<span id={`${id}-text-error`} className="field-error" role="alert">
							{error.text}
						</span>
					)}
					<textarea
						id={`${id}-text`}
						ref={textRef}
						rows={2}
						value={text}
						aria-invalid={error?.field === "text" ? true : undefined}
						aria-describedby={
							error?.field === "text" ? `${id}-text-error` : undefined
						}
						onChange={(event) => setText(event.target.value)}
					/>
				</div>
				<div className="form-field">
					<label htmlFor={`${id}-date`}>{m.note.date}</label>
					<span id={`${id}-date-hint`} className="field-hint">
						{m.note.dateHint}
					</span>
					{error?.field === "date" && (
						<span id={`${id}-date-error`} className="field-error" role="alert">
							{error.text}
						</span>
					)}
					<input
						id={`${id}-date`}
						ref={dateRef}
						type="text"
						inputMode="numeric"
						value={date}
						aria-invalid={error?.field === "date" ? true : undefined}
						aria-describedby={`${id}-date-hint${error?.field === "date" ? ` ${id}-date-error` : ""}`}
						onChange={(event) => setDate(event.target.value)}
					/>
				</div>
				<button type="submit" disabled={add.isPending}>
					{m.note.add}
				</button>
				<span className="muted" role="status">
					{saved ? m.note.added : ""}
				</span>
			</fieldset>
		</form>
	);
}
