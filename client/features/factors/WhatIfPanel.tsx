import { useId } from "react";
import type { GapReport } from "../../../server/schemas/gap.ts";
import { useMessages } from "../../i18n/useI18n.ts";
import {
	effectiveChanges,
	type SliderSpec,
	validChanges,
} from "./factorData.ts";
import { FACTORS_MESSAGES } from "./messages.ts";
import { useWhatIfQuery } from "./queries.ts";
import { factorSliders } from "./sliders.ts";
import { WhatIfChanges, WhatIfResult } from "./WhatIfResult.tsx";
import { WhatIfSlider } from "./WhatIfSlider.tsx";

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
	const m = useMessages(FACTORS_MESSAGES);
	const uid = useId();
	const { gapById, weights, specs, current } = factorSliders(report);
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
