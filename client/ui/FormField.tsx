import { type ReactNode, type Ref, useEffect, useRef } from "react";

interface TextFieldProps {
	id: string;
	label: string;
	value: string;
	onChange: (value: string) => void;
	/** Shown beside the field and read with it (aria-describedby); the field is marked invalid. */
	error?: string | undefined;
	/** A format hint ("ÅÅÅÅ-MM-DD"), read with the field. */
	hint?: string;
	/** The words after the label for a required field, e.g. "(måste fyllas i)". */
	required?: string;
	type?: "text" | "password";
	autoComplete?: string;
	inputMode?: "numeric";
	/** A textarea of this many rows instead of a one-line input. */
	rows?: number;
	inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
}

/** A labelled input (or textarea) with its hint and its error, both linked for screen readers. */
export function TextField({
	id,
	label,
	value,
	onChange,
	error,
	hint,
	required,
	type = "text",
	autoComplete = "off",
	inputMode,
	rows,
	inputRef,
}: TextFieldProps) {
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const described =
		[hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") ||
		undefined;
	const common = {
		id,
		value,
		"aria-invalid": error ? true : undefined,
		"aria-describedby": described,
		ref: inputRef,
	};
	return (
		<div className={error ? "form-field has-error" : "form-field"}>
			<label htmlFor={id}>
				{label}
				{required && <span className="muted"> {required}</span>}
			</label>
			{hint && (
				<span id={hintId} className="field-hint">
					{hint}
				</span>
			)}
			{error && (
				<span id={errorId} className="field-error">
					{error}
				</span>
			)}
			{rows ? (
				<textarea
					{...common}
					rows={rows}
					onChange={(event) => onChange(event.target.value)}
				/>
			) : (
				<input
					{...common}
					type={type}
					inputMode={inputMode}
					autoComplete={autoComplete}
					onChange={(event) => onChange(event.target.value)}
				/>
			)}
		</div>
	);
}

export interface SummaryError {
	/** The id of the field the error is about; null for an error about the whole form. */
	fieldId: string | null;
	text: string;
}

/**
 * The errors of a refused form at its top: it takes the focus when they change, and each links to
 * its field, so a keyboard or screen-reader user hears what is wrong and can go straight there.
 */
export function ErrorSummary({
	title,
	errors,
	testId,
}: {
	title: string;
	errors: readonly SummaryError[];
	testId?: string;
}) {
	const ref = useRef<HTMLDivElement>(null);
	useEffect(() => {
		if (errors.length > 0) ref.current?.focus();
	}, [errors]);
	if (errors.length === 0) return null;
	return (
		<div
			ref={ref}
			className="error-summary"
			role="alert"
			tabIndex={-1}
			data-testid={testId}
		>
			<p>{title}</p>
			<ul>
				{errors.map((error) => (
					<li key={`${error.fieldId}:${error.text}`}>
						{error.fieldId ? (
							<a href={`#${error.fieldId}`}>{error.text}</a>
						) : (
							error.text
						)}
					</li>
				))}
			</ul>
		</div>
	);
}

/**
 * A form checked by our own code and the API, not the browser's bubbles (noValidate), so that every
 * error is worded in the interface language and listed in an ErrorSummary.
 */
export function Form({
	className,
	onSubmit,
	children,
}: {
	className: string;
	onSubmit: () => void;
	children: ReactNode;
}) {
	return (
		<form
			className={className}
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				onSubmit();
			}}
		>
			{children}
		</form>
	);
}
