import type { ModelDescription } from "../../../server/schemas/gap.ts";
import { modelWords } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { TableShell } from "../../ui/TableShell.tsx";
import { FACTORS_MESSAGES } from "./messages.ts";

/**
 * The model's name and its measured fit, kept in view (sticky) wherever the page shows modelled
 * figures, with the plain statement that it is Topp10's model and not SN's own method.
 */
export function ModelBox({
	model,
	year,
	sticky = true,
}: {
	model: ModelDescription;
	year: number;
	/** Keep the box in view while scrolling (on pages with modelled results). */
	sticky?: boolean;
}) {
	const { lang, num, pct } = useI18n();
	const m = useMessages(FACTORS_MESSAGES).model;
	const { fit } = model;
	const words = modelWords(model.id, lang);
	return (
		<aside
			className={sticky ? "model-box sticky" : "model-box"}
			aria-label={m.boxLabel}
			data-testid="model-box"
		>
			<p>
				<strong>{m.model}</strong> {words.name}
			</p>
			<p className="model-fit">
				<span>
					{m.spearman} <strong>{num(fit.spearman, 2)}</strong>
				</span>
				<span>
					{m.within5} <strong>{pct(fit.shareWithin5)}</strong>
				</span>
				<span>
					{m.within10} <strong>{pct(fit.shareWithin10)}</strong>
				</span>
				<span>
					n = <strong>{num(fit.n)}</strong> ({m.ranksOf(year)})
				</span>
			</p>
			<p className="muted">{m.notSn}</p>
			<details>
				<summary>{m.howItWorks}</summary>
				<p>{words.description}</p>
				<ModelWeights model={model} year={year} />
			</details>
		</aside>
	);
}

function ModelWeights({
	model,
	year,
}: {
	model: ModelDescription;
	year: number;
}) {
	const { pct } = useI18n();
	const m = useMessages(FACTORS_MESSAGES);
	return (
		<TableShell
			caption={m.model.weights(year)}
			head={
				<>
					<th scope="col">{m.table.factor}</th>
					<th scope="col">{m.table.weight}</th>
					<th scope="col">{m.model.higherIsBetter}</th>
				</>
			}
		>
			{model.weights.map((w) => (
				<tr key={w.factorId}>
					<td>{w.label}</td>
					<td>{pct(w.weight)}</td>
					<td>{w.higherIsBetter ? m.model.yes : m.model.no}</td>
				</tr>
			))}
		</TableShell>
	);
}
