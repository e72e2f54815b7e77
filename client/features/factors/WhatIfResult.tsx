import type { UseQueryResult } from "@tanstack/react-query";
import type { WhatIfResult as WhatIfAnswer } from "../../../analysis/whatIf.ts";
import type { GapReport } from "../../../server/schemas/gap.ts";
import type { WhatIfReport } from "../../../server/schemas/whatIf.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { UI_MESSAGES } from "../../ui/messages.ts";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { TableShell } from "../../ui/TableShell.tsx";
import { FACTORS_MESSAGES } from "./messages.ts";

/** The modelled rank with the values tried, against the rank without changes and the published one. */
export function WhatIfResult({
	query,
	report,
}: {
	query: UseQueryResult<WhatIfReport>;
	report: GapReport;
}) {
	const { lang, rank } = useI18n();
	const m = useMessages(FACTORS_MESSAGES).whatIf;
	const loading = useMessages(UI_MESSAGES).loading;
	const result = query.data?.result;
	return (
		<div
			className="what-if-result"
			aria-live="polite"
			data-testid="what-if-result"
		>
			{query.isError ? (
				<span className="status error" role="alert">
					{m.failed}
					{errorMessage(query.error, lang)}
				</span>
			) : result ? (
				<>
					<span>
						{m.modelledRank}{" "}
						<strong data-testid="modelled-rank" data-rank={result.after.rank}>
							{rank(result.after.rank)}
						</strong>{" "}
						<SyntheticBadge show={result.provenance === "synthetic"} />
					</span>
					<span>
						{m.withoutChanges} {rank(result.before.rank)}
						{result.placesClimbed !== 0 && m.climbed(result.placesClimbed)}
					</span>
					<span className="muted">
						{m.publishedRank(report.year)} {rank(report.gap.rank)}{" "}
						<SyntheticBadge show={report.gap.rankProvenance === "synthetic"} />
					</span>
					{query.isFetching && (
						<span>
							<span className="spinner" aria-hidden="true" />
							<span className="sr-only">{m.computing}</span>
						</span>
					)}
				</>
			) : (
				<span className="status">
					<span className="spinner" aria-hidden="true" /> {loading}
				</span>
			)}
		</div>
	);
}

/** The factors that were changed, with their modelled effect. */
export function WhatIfChanges({ result }: { result: WhatIfAnswer }) {
	const { num, signed } = useI18n();
	const m = useMessages(FACTORS_MESSAGES);
	const changed = result.factors.filter(
		(f) => f.change !== null && f.change !== 0,
	);
	if (changed.length === 0) return null;
	return (
		<TableShell
			caption={m.whatIf.changes}
			head={
				<>
					<th scope="col">{m.table.factor}</th>
					<th scope="col">{m.whatIf.from}</th>
					<th scope="col">{m.whatIf.to}</th>
					<th scope="col">{m.whatIf.effect}</th>
				</>
			}
		>
			{changed.map((f) => (
				<tr key={f.factorId}>
					<td>{f.label}</td>
					<td>{num(f.from, 2)}</td>
					<td>{num(f.to, 2)}</td>
					<td>{signed(f.modelledScoreChange, 3)}</td>
				</tr>
			))}
		</TableShell>
	);
}
