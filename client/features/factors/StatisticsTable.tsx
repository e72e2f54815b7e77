import type { GapReport } from "../../../server/schemas/gap.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { Panel, TableShell } from "../../ui/TableShell.tsx";
import { factorDigits } from "./factorData.ts";
import { FACTORS_MESSAGES } from "./messages.ts";

/** The statistical factors, which have units of their own, as a table. */
export function StatisticsTable({ report }: { report: GapReport }) {
	const { num } = useI18n();
	const m = useMessages(FACTORS_MESSAGES);
	const statistics = report.gap.factors.filter((f) => f.kind === "statistic");
	if (statistics.length === 0) return null;
	return (
		<Panel titleId="statistics-title" title={m.statistics.title}>
			<p className="muted">{m.statistics.help}</p>
			<TableShell
				caption={m.statistics.title}
				captionClassName="sr-only"
				head={
					<>
						<th scope="col">{m.table.factor}</th>
						<th scope="col">{report.municipality.name}</th>
						<th scope="col">{m.table.numberTen}</th>
						<th scope="col">{m.table.top10Mean}</th>
						<th scope="col">{m.statistics.direction}</th>
					</>
				}
			>
				{statistics.map((f) => {
					const digits = factorDigits("statistic", f.ours);
					return (
						<tr key={f.factorId}>
							<td>{f.label}</td>
							<td>
								{num(f.ours, digits)}{" "}
								<SyntheticBadge show={f.oursProvenance === "synthetic"} />
							</td>
							<td>
								{num(f.numberTen, digits)}{" "}
								<SyntheticBadge show={f.numberTenProvenance === "synthetic"} />
							</td>
							<td>{num(f.top10Mean, digits)}</td>
							<td>
								{f.higherIsBetter
									? m.statistics.higherIsBetter
									: m.statistics.lowerIsBetter}
							</td>
						</tr>
					);
				})}
			</TableShell>
		</Panel>
	);
}
