import "./compare.css";
import type { Comparison } from "../../../server/schemas/compare.ts";
import { useMunicipality } from "../../api/municipalities.ts";
import { useMessages } from "../../i18n/useI18n.ts";
import { useSelection } from "../../state/selection.ts";
import { useYear } from "../../state/useYear.ts";
import { Deferred } from "../../ui/Deferred.tsx";
import { EmptyState, QueryState } from "../../ui/QueryState.tsx";
import { SyntheticBanner } from "../../ui/SyntheticBadge.tsx";
import { CompareRanksSection } from "./CompareRanksSection.tsx";
import { CompareTable } from "./CompareTable.tsx";
import { COMPARE_MESSAGES } from "./messages.ts";
import { NkiRankSection } from "./NkiRankSection.tsx";
import { PeerControls } from "./PeerControls.tsx";
import {
	type PeerSelection,
	useComparisonQuery,
	useSimilarQuery,
} from "./queries.ts";
import { SimilarSection, useSimilarChoice } from "./SimilarSection.tsx";
import { isSimilarPeerList } from "./similarChoice.ts";
import { usePeerSelection } from "./usePeerSelection.ts";

export default function ComparePage() {
	const m = useMessages(COMPARE_MESSAGES);
	const { code, fromParam } = useSelection();
	const { year, isPending } = useYear();
	const { peers, groups } = usePeerSelection(code);
	const comparison = useComparisonQuery(
		peers ?? { kind: "codes", codes: [code] },
		year,
		{ from: fromParam, enabled: peers !== null && !isPending },
	);
	const name = useMunicipality(code)?.name ?? code;
	return (
		<article>
			<h1>{m.heading(name)}</h1>
			<PeerControls peers={peers} groups={groups} code={code} />
			<QueryState
				query={comparison}
				isEmpty={(c) => c.rows.length === 0}
				empty={<EmptyState title={m.emptyGroup} />}
			>
				{(data) => (
					<CompareContent
						comparison={data}
						code={code}
						name={name}
						peers={peers}
					/>
				)}
			</QueryState>
		</article>
	);
}

function CompareContent({
	comparison,
	code,
	name,
	peers,
}: {
	comparison: Comparison;
	code: string;
	name: string;
	peers: PeerSelection | null;
}) {
	const m = useMessages(COMPARE_MESSAGES);
	const similarChoice = useSimilarChoice();
	const similar = useSimilarQuery(code, comparison.year, similarChoice).data;
	const peerCodes = peers?.kind === "codes" ? peers.codes : [];
	const groupLabel =
		comparison.group?.label ??
		(similar && isSimilarPeerList(peerCodes, similar)
			? m.similar.groupLabel(name, similar.similar.length)
			: m.ownList);
	const sections = { comparison, code, groupLabel };
	return (
		<>
			<SyntheticBanner show={comparison.provenances.includes("synthetic")} />
			<SimilarSection
				comparison={comparison}
				name={name}
				peerCodes={peerCodes}
			/>
			{!comparison.rows.some((r) => r.code === code) && (
				<p className="muted">{m.notInGroup}</p>
			)}
			<CompareRanksSection {...sections} />
			<Deferred>
				<CompareTable {...sections} />
				<NkiRankSection {...sections} />
			</Deferred>
		</>
	);
}
