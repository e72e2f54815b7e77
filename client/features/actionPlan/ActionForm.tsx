import { useEffect, useId, useRef, useState } from "react";
import { checkActionFields } from "../../../domain/actionRules.ts";
import { ACTION_STATUSES } from "../../../domain/actions.ts";
import { INSIKT_AREAS } from "../../../domain/insikt.ts";
import type { Action } from "../../../server/schemas/actions.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { ApiRequestError } from "../../api/http.ts";
import { areaLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import {
	type ActionDraft,
	createBody,
	type DraftField,
	draftFieldOf,
	draftOf,
	EMPTY_DRAFT,
	patchBody,
	toggled,
} from "./actionDraft.ts";
import { PLAN_MESSAGES } from "./messages.ts";
import { useCreateActionMutation, usePatchActionMutation } from "./queries.ts";

export interface FactorOption {
	id: string;
	label: string;
}

interface FieldError {
	field: DraftField | null;
	text: string;
}

/**
 * Adds an action, or edits one (`action` set). Errors are listed in a summary that takes the focus,
 * each linked to its field, and shown again beside the field; the API's answer decides.
 */
export function ActionForm({
	action,
	factors,
	onDone,
}: {
	action?: Action;
	factors: readonly FactorOption[];
	onDone: (saved: Action | null) => void;
}) {
	const { lang } = useI18n();
	const m = useMessages(PLAN_MESSAGES);
	const id = useId();
	const fieldId = (field: DraftField) => `${id}-${field}`;
	const [draft, setDraft] = useState<ActionDraft>(
		action ? draftOf(action) : EMPTY_DRAFT,
	);
	const [errors, setErrors] = useState<FieldError[]>([]);
	const summaryRef = useRef<HTMLDivElement>(null);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const create = useCreateActionMutation();
	const patch = usePatchActionMutation();
	const isPending = create.isPending || patch.isPending;

	useEffect(() => headingRef.current?.focus(), []);
	useEffect(() => {
		if (errors.length > 0) summaryRef.current?.focus();
	}, [errors]);

	const set = <K extends DraftField>(field: K, value: ActionDraft[K]) =>
		setDraft((d) => ({ ...d, [field]: value }));
	const errorFor = (field: DraftField) =>
		errors.find((e) => e.field === field)?.text;

	const localErrors = (): FieldError[] => {
		const body = createBody(draft);
		const issues = checkActionFields(
			{
				title: body.title,
				description: body.description ?? "",
				owner: { department: body.owner.department, person: draft.person },
				factorIds: draft.factorIds,
				insiktAreas: draft.insiktAreas,
				start: body.start ?? null,
				due: body.due ?? null,
				status: draft.status,
			},
			{
				factorIds: new Set([...factors.map((f) => f.id), ...draft.factorIds]),
				insiktAreas: new Set(Object.keys(INSIKT_AREAS)),
			},
		);
		return issues.map((issue) => ({
			field: draftFieldOf(issue.field),
			text: errorMessage(
				new ApiRequestError(issue.message, issue.code, 400, null, issue.field),
				lang,
			),
		}));
	};

	const submit = async () => {
		const found = localErrors();
		setErrors(found);
		if (found.length > 0) return;
		try {
			const saved = action
				? await patch.mutateAsync({
						id: action.id,
						patch: patchBody(draft, action.version),
					})
				: await create.mutateAsync(createBody(draft));
			onDone(saved);
		} catch (error) {
			const field =
				error instanceof ApiRequestError ? draftFieldOf(error.field) : null;
			setErrors([
				{
					field,
					text:
						error instanceof Error ? errorMessage(error, lang) : String(error),
				},
			]);
		}
	};

	const textInput = (
		field: "title" | "department" | "person" | "start" | "due",
		label: string,
		options: { required?: boolean; hint?: string } = {},
	) => {
		const error = errorFor(field);
		const hintId = `${fieldId(field)}-hint`;
		const errorId = `${fieldId(field)}-error`;
		const described = [options.hint ? hintId : null, error ? errorId : null]
			.filter(Boolean)
			.join(" ");
		return (
			<div className={error ? "form-field has-error" : "form-field"}>
				<label htmlFor={fieldId(field)}>
					{label}
					{options.required && (
						<span className="muted"> {m.form.required}</span>
					)}
				</label>
				{options.hint && (
					<span id={hintId} className="field-hint">
						{options.hint}
					</span>
				)}
				{error && (
					<span id={errorId} className="field-error">
						{error}
					</span>
				)}
				<input
					id={fieldId(field)}
					type="text"
					value={draft[field]}
					aria-invalid={error ? true : undefined}
					aria-describedby={described || undefined}
					inputMode={options.hint ? "numeric" : undefined}
					autoComplete="off"
					onChange={(event) => set(field, event.target.value)}
				/>
			</div>
		);
	};

	const checkboxes = (
		field: "factorIds" | "insiktAreas",
		legend: string,
		options: readonly FactorOption[],
	) => {
		const error = errorFor(field);
		return (
			<fieldset
				id={fieldId(field)}
				tabIndex={-1}
				className={error ? "checkbox-group has-error" : "checkbox-group"}
			>
				<legend>{legend}</legend>
				{error && <span className="field-error">{error}</span>}
				{options.map((option) => (
					<label key={option.id} className="checkbox">
						<input
							type="checkbox"
							checked={draft[field].includes(option.id)}
							onChange={() => set(field, toggled(draft[field], option.id))}
						/>{" "}
						{option.label}
					</label>
				))}
			</fieldset>
		);
	};

	const areaOptions = Object.keys(INSIKT_AREAS).map((area) => ({
		id: area,
		label: areaLabel(area, lang),
	}));

	return (
		<form
			className="action-form panel"
			noValidate
			onSubmit={(event) => {
				event.preventDefault();
				void submit();
			}}
		>
			<h2 ref={headingRef} tabIndex={-1}>
				{action ? m.form.editHeading(action.title) : m.form.addHeading}
			</h2>
			{errors.length > 0 && (
				<div
					ref={summaryRef}
					className="error-summary"
					role="alert"
					tabIndex={-1}
					data-testid="action-form-errors"
				>
					<p>{m.form.errorSummary}</p>
					<ul>
						{errors.map((error) => (
							<li key={`${error.field}:${error.text}`}>
								{error.field ? (
									<a href={`#${fieldId(error.field)}`}>{error.text}</a>
								) : (
									error.text
								)}
							</li>
						))}
					</ul>
				</div>
			)}
			{textInput("title", m.form.title, { required: true })}
			<div className="form-field">
				<label htmlFor={fieldId("description")}>{m.form.description}</label>
				<textarea
					id={fieldId("description")}
					rows={3}
					value={draft.description}
					onChange={(event) => set("description", event.target.value)}
				/>
			</div>
			<fieldset>
				<legend>{m.form.ownerLegend}</legend>
				{textInput("department", m.form.department, { required: true })}
				{textInput("person", m.form.person)}
			</fieldset>
			<fieldset>
				<legend>{m.form.datesLegend}</legend>
				{textInput("start", m.form.start, { hint: m.form.dateHint })}
				{textInput("due", m.form.due, { hint: m.form.dateHint })}
				<div className="form-field">
					<label htmlFor={fieldId("status")}>{m.form.status}</label>
					<select
						id={fieldId("status")}
						value={draft.status}
						onChange={(event) => {
							const status = ACTION_STATUSES.find(
								(s) => s === event.target.value,
							);
							if (status) set("status", status);
						}}
					>
						{ACTION_STATUSES.map((status) => (
							<option key={status} value={status}>
								{m.status[status]}
							</option>
						))}
					</select>
				</div>
			</fieldset>
			{checkboxes("factorIds", m.form.factorsLegend, factors)}
			{checkboxes("insiktAreas", m.form.areasLegend, areaOptions)}
			<div className="form-actions">
				<button type="submit" className="primary" disabled={isPending}>
					{isPending ? m.form.saving : action ? m.form.save : m.form.create}
				</button>
				<button type="button" onClick={() => onDone(null)}>
					{m.form.cancel}
				</button>
			</div>
		</form>
	);
}
