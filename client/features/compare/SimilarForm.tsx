import { type FormEvent, useId, useState } from "react";
import type { Comparison } from "../../../server/schemas/compare.ts";
import type { SimilarReport } from "../../../server/schemas/similar.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { updateSearch } from "../../state/router.ts";
import { orderFactors } from "../rankings/rankingsData.ts";
import { COMPARE_MESSAGES } from "./messages.ts";
import {
	draftFrom,
	MAX_SIMILAR,
	MAX_WEIGHT,
	serialiseSimilarChoice,
} from "./similarChoice.ts";
import { indicatorLabel } from "./similarTables.ts";

type Available = SimilarReport["available"][number];

interface IndicatorGroup {
	title: string;
	indicators: Available[];
}

/** The choosable indicators in four groups: kommungrupp, survey, statistics, Insikt NKI. */
function indicatorGroups(
	report: SimilarReport,
	factors: Comparison["factors"],
	m: (typeof COMPARE_MESSAGES)["sv"]["similar"],
): IndicatorGroup[] {
	const byId = new Map(report.available.map((a) => [a.id, a]));
	const ofFactors = (kind: "survey" | "statistic") =>
		orderFactors(factors.filter((f) => f.kind === kind)).flatMap((f) => {
			const available = byId.get(f.id);
			return available ? [available] : [];
		});
	return [
		{
			title: m.groupKommungrupp,
			indicators: report.available.filter((a) => a.kind === "kommungrupp"),
		},
		{ title: m.groupSurvey, indicators: ofFactors("survey") },
		{ title: m.groupStatistics, indicators: ofFactors("statistic") },
		{
			title: m.groupNki,
			indicators: report.available.filter((a) => a.kind === "nki"),
		},
	].filter((g) => g.indicators.length > 0);
}

/** Indicators (with weights) and how many to list; applied to the URL on submit, as Kolada's form. */
export function SimilarForm({
	report,
	factors,
	count,
}: {
	report: SimilarReport;
	factors: Comparison["factors"];
	count: number;
}) {
	const { lang, num } = useI18n();
	const m = useMessages(COMPARE_MESSAGES).similar;
	const id = useId();
	const [draft, setDraft] = useState(() => draftFrom(report));
	const [draftCount, setDraftCount] = useState(count);
	const nkiYear = report.indicators.find((i) => i.kind === "nki")?.year ?? null;
	const toggle = (indicator: string, on: boolean) =>
		setDraft((current) => {
			const next = new Map(current);
			if (on) next.set(indicator, current.get(indicator) ?? 1);
			else next.delete(indicator);
			return next;
		});
	const setWeight = (indicator: string, weight: number) =>
		setDraft((current) => new Map(current).set(indicator, weight));
	const submit = (event: FormEvent) => {
		event.preventDefault();
		if (draft.size === 0) return;
		updateSearch(
			serialiseSimilarChoice({
				indicators: [...draft].map(([indicatorId, weight]) => ({
					id: indicatorId,
					weight,
				})),
				count: draftCount,
			}),
		);
	};
	const reset = () =>
		updateSearch(serialiseSimilarChoice({ indicators: null, count: null }));
	return (
		<form className="similar-form" onSubmit={submit}>
			{indicatorGroups(report, factors, m).map((group) => (
				<fieldset key={group.title}>
					<legend>{group.title}</legend>
					<ul>
						{group.indicators.map((a) => {
							const label = indicatorLabel({ ...a, year: nkiYear }, lang);
							const checkId = `${id}-${a.id}`;
							const weight = draft.get(a.id);
							return (
								<li key={a.id}>
									<input
										id={checkId}
										type="checkbox"
										checked={weight !== undefined}
										onChange={(event) => toggle(a.id, event.target.checked)}
									/>
									<label htmlFor={checkId}>{label}</label>
									{weight !== undefined && (
										<input
											type="number"
											className="weight-input"
											aria-label={m.weight(label)}
											min={0.5}
											max={MAX_WEIGHT}
											step={0.5}
											value={weight}
											onChange={(event) => {
												const value = Number(event.target.value);
												if (Number.isFinite(value) && value > 0)
													setWeight(a.id, Math.min(value, MAX_WEIGHT));
											}}
										/>
									)}
								</li>
							);
						})}
					</ul>
				</fieldset>
			))}
			<div className="similar-form-actions">
				<div className="year-picker">
					<label htmlFor={`${id}-count`}>{m.count}</label>
					<select
						id={`${id}-count`}
						value={draftCount}
						onChange={(event) => setDraftCount(Number(event.target.value))}
					>
						{Array.from({ length: MAX_SIMILAR }, (_, i) => i + 1).map((n) => (
							<option key={n} value={n}>
								{num(n)}
							</option>
						))}
					</select>
				</div>
				<button type="submit" className="primary" disabled={draft.size === 0}>
					{m.apply}
				</button>
				<button type="button" onClick={reset}>
					{m.reset}
				</button>
			</div>
			<p className="muted">{draft.size === 0 ? m.noneChosen : m.defaultNote}</p>
		</form>
	);
}
