import type { FactorGap } from "../../../analysis/gapToTop10.ts";
import type { ModelWeight } from "../../../analysis/model.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { clampToSlider, factorDigits, type SliderSpec } from "./factorData.ts";
import { FACTORS_MESSAGES } from "./messages.ts";

/** One factor's slider, its value, and ours, number 10's and the top-10 mean beside it. */
export function WhatIfSlider({
	id,
	weight: w,
	spec,
	gap,
	draft,
	setValue,
}: {
	id: string;
	weight: ModelWeight;
	spec: SliderSpec;
	gap: FactorGap | undefined;
	/** The value being tried; undefined while the factor is unchanged. */
	draft: number | undefined;
	setValue: (id: string, value: number | null) => void;
}) {
	const { num } = useI18n();
	const m = useMessages(FACTORS_MESSAGES).whatIf;
	const now = gap?.ours ?? null;
	const value = draft ?? now ?? (spec.min + spec.max) / 2;
	const digits = Math.max(spec.digits, gap ? factorDigits(gap.kind, now) : 2);
	return (
		<div className={`slider${draft !== undefined ? " changed" : ""}`}>
			<label htmlFor={id}>
				{w.label} <span className="muted">{m.weight(w.weight)}</span>
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
					const unchanged =
						now !== null && Math.abs(next - now) < spec.step / 2;
					setValue(w.factorId, unchanged ? null : next);
				}}
			/>
			<output htmlFor={id}>{num(value, digits)}</output>
			<span className="muted">
				{m.now} {num(now, digits)} · {m.numberTen} {num(gap?.numberTen, digits)}{" "}
				· {m.top10Mean} {num(gap?.top10Mean, digits)}
				{w.higherIsBetter ? "" : m.lowerIsBetter}
			</span>
		</div>
	);
}
