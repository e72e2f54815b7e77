import type { SmallestChangeResult } from "../../../analysis/smallestChangeToRank.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { TableShell } from "../../ui/TableShell.tsx";

/** Beyond this many standard deviations a single-factor change is not a realistic plan. */
const REALISTIC_SD = 2;

/** For each factor alone: the score that would reach rank 10 under the model, with a "try it" button. */
export function SmallestChange({
	result,
	onTry,
}: {
	result: SmallestChangeResult;
	onTry: (factorId: string, value: number) => void;
}) {
	const { t, lang, num, signed, rank } = useI18n();
	const sv = lang === "sv";
	return (
		<section
			className="panel"
			aria-labelledby="smallest-title"
			data-testid="smallest-change"
		>
			<h2 id="smallest-title">{t("factors.smallest")}</h2>
			{result.alreadyThere ? (
				<p>
					{sv
						? `Modellen placerar redan kommunen på ${rank(result.currentRank)} plats, inom topp ${result.targetRank}.`
						: `The model already ranks the municipality ${rank(result.currentRank)}, within the top ${result.targetRank}.`}
				</p>
			) : (
				<>
					<p className="muted">
						{sv
							? `Modellen placerar kommunen på ${rank(result.currentRank)} plats. Tabellen visar hur mycket en enda faktor skulle behöva ändras, allt annat lika, för plats ${result.targetRank}. Ändringar större än ${REALISTIC_SD} standardavvikelser är i praktiken orimliga: vägen till topp 10 går genom flera faktorer samtidigt.`
							: `The model ranks the municipality ${rank(result.currentRank)}. The table shows how far a single factor would have to move, all else equal, for rank ${result.targetRank}. Changes beyond ${REALISTIC_SD} standard deviations are not realistic: the way to the top 10 runs through several factors at once.`}
					</p>
					<TableShell
						caption={t("factors.smallest")}
						captionClassName="sr-only"
						head={
							<>
								<th scope="col">{sv ? "Faktor" : "Factor"}</th>
								<th scope="col">{sv ? "Nu" : "Now"}</th>
								<th scope="col">{sv ? "Behövs" : "Needed"}</th>
								<th scope="col">{sv ? "Ändring" : "Change"}</th>
								<th scope="col">
									{sv ? "Standardavvikelser" : "Standard deviations"}
								</th>
								<th scope="col">
									<span className="sr-only">{sv ? "Prova" : "Try"}</span>
								</th>
							</>
						}
					>
						{result.factors.map((f) => {
							const realistic =
								f.reachable &&
								f.changeInSd !== null &&
								Math.abs(f.changeInSd) <= REALISTIC_SD;
							return (
								<tr key={f.factorId}>
									<td>{f.label}</td>
									<td>{num(f.current, 2)}</td>
									<td>
										{f.reachable
											? num(f.needed, 2)
											: sv
												? "når inte"
												: "cannot reach"}
									</td>
									<td>{f.reachable ? signed(f.change, 2) : "–"}</td>
									<td>
										{num(f.changeInSd, 1)}
										{f.reachable && !realistic && (
											<span className="muted">
												{" "}
												{sv ? "(orimligt)" : "(unrealistic)"}
											</span>
										)}
									</td>
									<td>
										{f.reachable && f.needed !== null && (
											<button
												type="button"
												onClick={() => onTry(f.factorId, f.needed as number)}
												aria-label={`${sv ? "Prova" : "Try"} ${f.label} ${num(f.needed, 2)}`}
											>
												{sv ? "Prova" : "Try"}
											</button>
										)}
									</td>
								</tr>
							);
						})}
					</TableShell>
				</>
			)}
		</section>
	);
}
