import type { NationalRanking } from "../../../server/schemas/rankings.ts";
import { errorMessage } from "../../api/errorMessage.ts";
import { ChartFrame } from "../../charts/ChartFrame.tsx";
import type { TableData } from "../../export/table.ts";
import type { Lang } from "../../i18n/format.ts";
import { provenanceLabel } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBadge } from "../../ui/SyntheticBadge.tsx";
import { factorDigits } from "./factorData.ts";
import { type FactorRankRow, factorRankRows } from "./factorRanks.ts";
import { FACTORS_MESSAGES } from "./messages.ts";
import { useFactorRanksQuery } from "./queries.ts";

/** Whose ranks, for which year, and whether for print. */
interface FactorRanksFor {
	code: string;
	name: string;
	year: number;
	/** For the report: a static list without the table toggle. */
	print?: boolean;
}

/** The year's factor ranks for one municipality, loaded from /api/rankings. */
export function FactorRanksSection(props: FactorRanksFor) {
	const { year } = props;
	const { lang } = useI18n();
	const m = useMessages(FACTORS_MESSAGES).ranks;
	const ranking = useFactorRanksQuery(year);
	return (
		<QueryState
			query={ranking}
			renderError={(error) => <p>{m.cannotShow(errorMessage(error, lang))}</p>}
		>
			{(answer) => <FactorRanks answer={answer} {...props} />}
		</QueryState>
	);
}

function FactorRanks({
	answer,
	code,
	name,
	year,
	print = false,
}: FactorRanksFor & { answer: NationalRanking }) {
	const { lang } = useI18n();
	const m = useMessages(FACTORS_MESSAGES).ranks;
	const rows = factorRankRows(answer, code);
	if (rows.length === 0) return null;
	const synthetic = rows.some(
		(r) => r.provenance === "synthetic" || r.rankProvenance === "synthetic",
	);
	return (
		<ChartFrame
			id={print ? "report-factor-ranks" : "factor-ranks"}
			staticView={print}
			title={m.title(answer.year)}
			subtitle={name}
			description={m.description}
			source={m.source}
			table={factorRanksTable(rows, lang)}
			synthetic={synthetic}
			municipality={name}
			year={year}
			image={false}
			note={<p className="muted">{m.computed}</p>}
		>
			<ul className="factor-ranks" data-testid="factor-ranks">
				{rows.map((row) => (
					<FactorRankLine key={row.factorId} row={row} />
				))}
			</ul>
		</ChartFrame>
	);
}

function FactorRankLine({ row }: { row: FactorRankRow }) {
	const { num } = useI18n();
	const m = useMessages(FACTORS_MESSAGES).ranks;
	const value = num(row.value, factorDigits(row.kind, row.value));
	const valueSynthetic = row.provenance === "synthetic";
	const rankSynthetic = row.rankProvenance === "synthetic";
	return (
		<li data-factor={row.factorId}>
			{m.line(row.label, value, row.rank, row.rankedCount)}{" "}
			<SyntheticBadge
				show={valueSynthetic || rankSynthetic}
				what={
					valueSynthetic && rankSynthetic
						? undefined
						: valueSynthetic
							? m.valueWhat
							: m.rankWhat
				}
			/>
		</li>
	);
}

/** The same figures as a table, each with its origin, for the table view and the downloads. */
export function factorRanksTable(
	rows: readonly FactorRankRow[],
	lang: Lang,
): TableData {
	const m = FACTORS_MESSAGES[lang];
	const origin = (p: FactorRankRow["provenance"]) =>
		p ? provenanceLabel(p, lang) : null;
	return {
		columns: [
			{ key: "factor", label: m.table.factor },
			{ key: "value", label: m.ranks.value, digits: 2 },
			{ key: "valueProvenance", label: m.ranks.valueProvenance },
			{ key: "rank", label: m.ranks.rank },
			{ key: "rankedCount", label: m.ranks.rankedCount },
			{ key: "rankProvenance", label: m.ranks.rankProvenance },
		],
		rows: rows.map((r) => ({
			factor: r.label,
			value: r.value,
			valueProvenance: r.value === null ? null : origin(r.provenance),
			rank: r.rank,
			rankedCount: r.rankedCount,
			rankProvenance: origin(r.rankProvenance),
		})),
	};
}
