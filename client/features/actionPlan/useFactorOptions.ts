import { TOTAL_FACTOR_ID } from "../../../domain/ids.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { useSelection } from "../../state/selection.ts";
import { useYear } from "../../state/useYear.ts";
import { useGapQuery } from "../factors/queries.ts";
import type { FactorOption } from "./ActionForm.tsx";
import { PLAN_MESSAGES } from "./messages.ts";

/**
 * The SN factors an action can aim at, as the selected year's gap answer labels them (largest
 * share of the gap first), with the total rank first; and a label for any factor id.
 */
export function useFactorOptions() {
	const { code } = useSelection();
	const { year, isPending } = useYear();
	const { lang } = useI18n();
	const gap = useGapQuery(code, year, !isPending);
	const fromGap = [...(gap.data?.gap.factors ?? [])]
		.sort((a, b) => (b.share ?? 0) - (a.share ?? 0))
		.map((f) => ({ id: f.factorId, label: f.label }));
	const options: FactorOption[] = [
		{ id: TOTAL_FACTOR_ID, label: PLAN_MESSAGES[lang].form.totalRank },
		...fromGap,
	];
	const labels = new Map(options.map((o) => [o.id, o.label]));
	return {
		options,
		gap,
		factorLabel: (id: string) => labels.get(id) ?? id,
	};
}
