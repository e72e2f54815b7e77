import type { ModelDescription } from "../../../server/schemas/gap.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { TableShell } from "../../ui/TableShell.tsx";

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
	const { lang, num, pct, t } = useI18n();
	const sv = lang === "sv";
	const { fit } = model;
	return (
		<aside
			className={sticky ? "model-box sticky" : "model-box"}
			aria-label={sv ? "Modell och träffsäkerhet" : "Model and fit"}
			data-testid="model-box"
		>
			<p>
				<strong>{sv ? "Modell:" : "Model:"}</strong> {t("model.name")}
			</p>
			<p className="model-fit">
				<span>
					{sv ? "Spearmans ρ" : "Spearman's ρ"}{" "}
					<strong>{num(fit.spearman, 2)}</strong>
				</span>
				<span>
					{sv ? "inom ±5 placeringar" : "within ±5 places"}{" "}
					<strong>{pct(fit.shareWithin5)}</strong>
				</span>
				<span>
					{sv ? "inom ±10" : "within ±10"}{" "}
					<strong>{pct(fit.shareWithin10)}</strong>
				</span>
				<span>
					n = <strong>{fit.n}</strong> (
					{sv
						? `publicerade och övriga placeringar ${year}`
						: `ranks of ${year}`}
					)
				</span>
			</p>
			<p className="muted">
				{sv
					? "Detta är Topp10:s egen modell, inte Svenskt Näringslivs metod: SN publicerar inte hur faktorerna vägs samman. Träffsäkerheten är mätt mot samma års placeringar."
					: "This is Topp10's own model, not Svenskt Näringsliv's method: SN does not publish how the factors are combined. The fit is measured against the same year's ranks."}
			</p>
			<details>
				<summary>
					{sv
						? "Så räknar modellen, och vikterna"
						: "How the model works, and the weights"}
				</summary>
				<p>{t("model.description")}</p>
				<TableShell
					caption={sv ? `Faktorvikter ${year}` : `Factor weights ${year}`}
					head={
						<>
							<th scope="col">{sv ? "Faktor" : "Factor"}</th>
							<th scope="col">{sv ? "Vikt" : "Weight"}</th>
							<th scope="col">{sv ? "Högre är bättre" : "Higher is better"}</th>
						</>
					}
				>
					{model.weights.map((w) => (
						<tr key={w.factorId}>
							<td>{w.label}</td>
							<td>{pct(w.weight)}</td>
							<td>
								{w.higherIsBetter ? (sv ? "ja" : "yes") : sv ? "nej" : "no"}
							</td>
						</tr>
					))}
				</TableShell>
			</details>
		</aside>
	);
}
