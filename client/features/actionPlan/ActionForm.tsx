import { useEffect, useId, useRef, useState } from "react";
import { checkActionFields } from "../../../domain/actionRules.ts";
import { ACTION_STATUSES } from "../../../domain/actions.ts";
import { INSIKT_AREAS } from "../../../domain/insikt.ts";
import type { Action } from "../../../server/schemas/actions.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { ApiRequestError } from "../../api/http.ts";
import { areaLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { ErrorSummary, Form, TextField } from "../../ui/FormField.tsx";
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
	const headingRef = useRef<HTMLHeadingElement>(null);
	const create = useCreateActionMutation();
	const patch = usePatchActionMutation();
	const isPending = create.isPending || patch.isPending;

	useEffect(() => headingRef.current?.focus(), []);

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

	const textField = (
		field: "title" | "description" | "department" | "person" | "start" | "due",
		label: string,
		options: { required?: boolean; hint?: string; rows?: number } = {},
	) => (
		<TextField
			id={fieldId(field)}
			label={label}
			value={draft[field]}
			onChange={(value) => set(field, value)}
			error={errorFor(field)}
			hint={options.hint}
			required={options.required ? m.form.required : undefined}
			inputMode={options.hint ? "numeric" : undefined}
			rows={options.rows}
		/>
	);

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
		<Form className="action-form panel" onSubmit={() => void submit()}>
			<h2 ref={headingRef} tabIndex={-1}>
				{action ? m.form.editHeading(action.title) : m.form.addHeading}
			</h2>
			<ErrorSummary
				title={m.form.errorSummary}
				errors={errors.map((e) => ({
					fieldId: e.field ? fieldId(e.field) : null,
					text: e.text,
				}))}
				testId="action-form-errors"
			/>
			{textField("title", m.form.title, { required: true })}
			{textField("description", m.form.description, { rows: 3 })}
			<fieldset>
				<legend>{m.form.ownerLegend}</legend>
				{textField("department", m.form.department, { required: true })}
				{textField("person", m.form.person)}
			</fieldset>
			<fieldset>
				<legend>{m.form.datesLegend}</legend>
				{textField("start", m.form.start, { hint: m.form.dateHint })}
				{textField("due", m.form.due, { hint: m.form.dateHint })}
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
		</Form>
	);
}
