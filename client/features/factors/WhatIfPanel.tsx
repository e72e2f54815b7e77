import { useId } from "react";
import type { GapReport } from "../../../server/schemas/gap.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { TableShell } from "../../ui/TableShell.tsx";
import { factorDigits } from "../overview/sentences.ts";
import {
	clampToSlider,
	effectiveChanges,
	type SliderSpec,
	sliderSpec,
	validChanges,
} from "./factorData.ts";
import { useWhatIfQuery } from "./whatIfQuery.ts";

interface WhatIfPanelProps {
	report: GapReport;
	draft: Record<string, number>;
	applied: Record<string, number>;
	setValue: (id: string, value: number | null) => void;
	reset: () => void;
}

/** One slider per factor of the year; the modelled rank is recomputed by POST /api/what-if. */
export function WhatIfPanel({
	report,
	draft,
	applied,
	setValue,
	reset,
}: WhatIfPanelProps) {
	const { lang, t, num, signed, rank } = useI18n();
	const sv = lang === "sv";
	const uid = useId();
	const gapById = new Map(report.gap.factors.map((f) => [f.factorId, f]));
	const order = new Map(report.gap.factors.map((f, i) => [f.factorId, i]));
	const weights = [...report.model.weights].sort(
		(a, b) => (order.get(a.factorId) ?? 99) - (order.get(b.factorId) ?? 99),
	);
	const specs = new Map<string, SliderSpec>(
		weights.map((w) => [w.factorId, sliderSpec(w, gapById.get(w.factorId))]),
	);
	const current = new Map(
		weights.map((w) => [w.factorId, gapById.get(w.factorId)?.ours ?? null]),
	);
	const changes = effectiveChanges(
		validChanges(applied, specs),
		current,
		specs,
	);
	const whatIf = useWhatIfQuery(
		{ code: report.municipality.code, year: report.year, changes },
		weights.length > 0,
	);
	const result = whatIf.data?.result;
	const changedCount = Object.keys(
		effectiveChanges(validChanges(draft, specs), current, specs),
	).length;

	return (
		<section
			className="panel"
			aria-labelledby={`${uid}-title`}
			data-testid="what-if"
		>
			<h2 id={`${uid}-title`}>{t("factors.whatIf")}</h2>
			<p className="muted">
				{sv
					? "Flytta reglagen för att pröva andra faktorvärden. Modellen räknar om placeringen med årets vikter; övriga kommuner ligger still. Värdena sparas i adressen, så vyn kan delas."
					: "Move the sliders to try other factor values. The model recomputes the rank with the year's weights; other municipalities stay as they are. The values are kept in the address, so the view can be shared."}
			</p>
			<div
				className="what-if-result"
				aria-live="polite"
				data-testid="what-if-result"
			>
				{whatIf.isError ? (
					<span className="status error" role="alert">
						{sv ? "Kunde inte räkna om: " : "Could not recompute: "}
						{whatIf.error.message}
					</span>
				) : result ? (
					<>
						<span>
							{sv ? "Modellerad placering" : "Modelled rank"}{" "}
							<strong data-testid="modelled-rank" data-rank={result.after.rank}>
								{rank(result.after.rank)}
							</strong>
						</span>
						<span>
							{sv ? "utan ändringar" : "without changes"}{" "}
							{rank(result.before.rank)}
							{result.placesClimbed !== 0 &&
								` (${signed(result.placesClimbed)} ${sv ? "placeringar" : "places"})`}
						</span>
						<span className="muted">
							{sv ? "Publicerad placering" : "Published rank"} {report.year}:{" "}
							{rank(report.gap.rank)}
						</span>
						{whatIf.isFetching && (
							<span>
								<span className="spinner" aria-hidden="true" />
								<span className="sr-only">{sv ? "Räknar…" : "Computing…"}</span>
							</span>
						)}
					</>
				) : (
					<span className="status">
						<span className="spinner" aria-hidden="true" /> {t("state.loading")}
					</span>
				)}
			</div>
			<div className="form-actions">
				<button type="button" onClick={reset} disabled={changedCount === 0}>
					{t("factors.reset")}
				</button>
			</div>
			<div className="sliders">
				{weights.map((w) => {
					const spec = specs.get(w.factorId) as SliderSpec;
					const gap = gapById.get(w.factorId);
					const now = gap?.ours ?? null;
					const value = draft[w.factorId] ?? now ?? (spec.min + spec.max) / 2;
					const digits = Math.max(
						spec.digits,
						gap ? factorDigits(gap.kind, now) : 2,
					);
					const id = `${uid}-${w.factorId}`;
					const changed = draft[w.factorId] !== undefined;
					return (
						<div
							key={w.factorId}
							className={`slider${changed ? " changed" : ""}`}
						>
							<label htmlFor={id}>
								{w.label}{" "}
								<span className="muted">
									({sv ? "vikt" : "weight"} {num(w.weight * 100, 1)} %)
								</span>
							</label>
							<input
								id={id}
								type="range"
								min={spec.min}
								max={spec.max}
								step={spec.step}
								value={value}
								data-factor={w.factorId}
								aria-valuetext={num(value, digits)}
								onChange={(event) => {
									const next = clampToSlider(Number(event.target.value), spec);
									setValue(
										w.factorId,
										now !== null && Math.abs(next - now) < spec.step / 2
											? null
											: next,
									);
								}}
							/>
							<output htmlFor={id}>{num(value, digits)}</output>
							<span className="muted">
								{sv ? "nu" : "now"} {num(now, digits)} ·{" "}
								{sv ? "nr 10" : "no. 10"} {num(gap?.numberTen, digits)} ·{" "}
								{sv ? "topp 10-snitt" : "top-10 mean"}{" "}
								{num(gap?.top10Mean, digits)}
								{w.higherIsBetter
									? ""
									: sv
										? " · lägre är bättre"
										: " · lower is better"}
							</span>
						</div>
					);
				})}
			</div>
			{result?.factors.some((f) => f.change !== null && f.change !== 0) && (
				<TableShell
					caption={
						sv
							? "Ändringarna och deras effekt i modellen"
							: "The changes and their effect in the model"
					}
					head={
						<>
							<th scope="col">{sv ? "Faktor" : "Factor"}</th>
							<th scope="col">{sv ? "Från" : "From"}</th>
							<th scope="col">{sv ? "Till" : "To"}</th>
							<th scope="col">
								{sv ? "Effekt på modellpoäng" : "Effect on model score"}
							</th>
						</>
					}
				>
					{result.factors
						.filter((f) => f.change !== null && f.change !== 0)
						.map((f) => (
							<tr key={f.factorId}>
								<td>{f.label}</td>
								<td>{num(f.from, 2)}</td>
								<td>{num(f.to, 2)}</td>
								<td>{signed(f.modelledScoreChange, 3)}</td>
							</tr>
						))}
				</TableShell>
			)}
		</section>
	);
}
