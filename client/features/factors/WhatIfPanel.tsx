import { useId } from "react";
import type { ModelWeight } from "../../../analysis/model.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import { useMessages } from "../../i18n/useI18n.ts";
import {
	effectiveChanges,
	type SliderSpec,
	sliderSpec,
	validChanges,
} from "./factorData.ts";
import { FACTORS_MESSAGES } from "./messages.ts";
import { useWhatIfQuery } from "./queries.ts";
import { WhatIfChanges, WhatIfResult } from "./WhatIfResult.tsx";
import { WhatIfSlider } from "./WhatIfSlider.tsx";

interface WhatIfPanelProps {
	report: GapReport;
	draft: Record<string, number>;
	applied: Record<string, number>;
	setValue: (id: string, value: number | null) => void;
	reset: () => void;
}

/** The year's factors in the gap's order, each with its slider and current value. */
function whatIfFactors(report: GapReport) {
	const gapById = new Map(report.gap.factors.map((f) => [f.factorId, f]));
	const order = new Map(report.gap.factors.map((f, i) => [f.factorId, i]));
	const weights: ModelWeight[] = [...report.model.weights].sort(
		(a, b) => (order.get(a.factorId) ?? 99) - (order.get(b.factorId) ?? 99),
	);
	const specs = new Map<string, SliderSpec>(
		weights.map((w) => [w.factorId, sliderSpec(w, gapById.get(w.factorId))]),
	);
	const current = new Map(
		weights.map((w) => [w.factorId, gapById.get(w.factorId)?.ours ?? null]),
	);
	return { gapById, weights, specs, current };
}

/** One slider per factor of the year; the modelled rank is recomputed by POST /api/what-if. */
export function WhatIfPanel({
	report,
	draft,
	applied,
	setValue,
	reset,
}: WhatIfPanelProps) {
	const m = useMessages(FACTORS_MESSAGES);
	const uid = useId();
	const { gapById, weights, specs, current } = whatIfFactors(report);
	const changesOf = (values: Record<string, number>) =>
		effectiveChanges(validChanges(values, specs), current, specs);
	const whatIf = useWhatIfQuery(
		{
			code: report.municipality.code,
			year: report.year,
			changes: changesOf(applied),
		},
		weights.length > 0,
	);
	const changedCount = Object.keys(changesOf(draft)).length;
	return (
		<section
			className="panel"
			aria-labelledby={`${uid}-title`}
			data-testid="what-if"
		>
			<h2 id={`${uid}-title`}>{m.whatIf.title}</h2>
			<p className="muted">{m.whatIf.help}</p>
			<WhatIfResult query={whatIf} report={report} />
			<div className="form-actions">
				<button type="button" onClick={reset} disabled={changedCount === 0}>
					{m.whatIf.reset}
				</button>
			</div>
			<div className="sliders">
				{weights.map((w) => (
					<WhatIfSlider
						key={w.factorId}
						id={`${uid}-${w.factorId}`}
						weight={w}
						spec={specs.get(w.factorId) as SliderSpec}
						gap={gapById.get(w.factorId)}
						draft={draft[w.factorId]}
						setValue={setValue}
					/>
				))}
			</div>
			{whatIf.data && <WhatIfChanges result={whatIf.data.result} />}
		</section>
	);
}
