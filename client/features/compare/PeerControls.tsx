import type { PeerGroupKind } from "../../../domain/peerGroups.ts";
import type { PeerGroup } from "../../../server/schemas/compare.ts";
import { useMunicipalityListQuery } from "../../api/municipalities.ts";
import { peerGroupSourceLabel, TERMS } from "../../i18n/terms.ts";
import { useI18n, useMessages } from "../../i18n/useI18n.ts";
import { updateSearch } from "../../state/router.ts";
import { MAX_PEERS, PARAM, serialiseCodes } from "../../state/urlState.ts";
import { MunicipalityPicker } from "../../ui/MunicipalityPicker.tsx";
import { COMPARE_MESSAGES } from "./messages.ts";
import type { PeerSelection } from "./queries.ts";

/** The group choice that starts an own list. */
export const CUSTOM_GROUP = "__custom";
/** The order the group kinds are offered in. */
const KIND_ORDER: readonly PeerGroupKind[] = ["region", "kommungrupp", "lan"];

/** Puts an own list of peers in the URL (`koder`), in place of a group. */
export const setPeerCodes = (codes: readonly string[]) =>
	updateSearch({ [PARAM.codes]: serialiseCodes(codes), [PARAM.group]: null });

/** The peer group: a list of groups by kind, or an own list of up to 30 municipalities. */
export function PeerControls({
	peers,
	groups,
	code,
}: {
	peers: PeerSelection | null;
	groups: PeerGroup[];
	code: string;
}) {
	const m = useMessages(COMPARE_MESSAGES).peers;
	const chosenGroup =
		peers?.kind === "group"
			? groups.find((g) => g.id === peers.group)
			: undefined;
	return (
		<section className="panel no-print" aria-labelledby="peers-title">
			<h2 id="peers-title">{m.title}</h2>
			<div className="peer-controls">
				<GroupSelect peers={peers} groups={groups} code={code} />
			</div>
			{peers?.kind === "codes" && (
				<OwnListEditor codes={peers.codes} addLabel={m.add} />
			)}
			{chosenGroup && <GroupSource group={chosenGroup} />}
		</section>
	);
}

function GroupSelect({
	peers,
	groups,
	code,
}: {
	peers: PeerSelection | null;
	groups: PeerGroup[];
	code: string;
}) {
	const m = useMessages(COMPARE_MESSAGES).peers;
	const value = peers?.kind === "codes" ? CUSTOM_GROUP : (peers?.group ?? "");
	const currentCodes =
		peers?.kind === "codes"
			? peers.codes
			: (groups.find((g) => g.id === value)?.codes ?? [code]);
	const onChange = (next: string) => {
		if (next !== CUSTOM_GROUP) {
			updateSearch({ [PARAM.group]: next, [PARAM.codes]: null });
			return;
		}
		const withChosen = currentCodes.includes(code)
			? currentCodes
			: [code, ...currentCodes];
		setPeerCodes(withChosen.slice(0, MAX_PEERS));
	};
	return (
		<GroupField
			id="peer-group"
			label={m.group}
			value={value}
			groups={groups}
			onChange={onChange}
		/>
	);
}

/**
 * A labelled choice of peer group: optionally "all" first, the groups by kind with their member
 * counts, and "Egen lista…" last (its value is CUSTOM_GROUP).
 */
export function GroupField({
	id,
	label,
	value,
	groups,
	onChange,
	allLabel,
}: {
	id: string;
	label: string;
	value: string;
	groups: readonly PeerGroup[];
	onChange: (value: string) => void;
	/** The option for no group (value ""), when there is one. */
	allLabel?: string;
}) {
	const m = useMessages(COMPARE_MESSAGES).peers;
	return (
		<div className="year-picker">
			<label htmlFor={id}>{label}</label>
			<select
				id={id}
				value={value}
				onChange={(event) => onChange(event.target.value)}
			>
				{allLabel !== undefined && <option value="">{allLabel}</option>}
				<GroupOptions groups={groups} />
				<option value={CUSTOM_GROUP}>{m.custom}</option>
			</select>
		</div>
	);
}

/** The groups as options under a heading per kind (region, kommungrupp, län), each with its member count. */
export function GroupOptions({ groups }: { groups: readonly PeerGroup[] }) {
	const { lang, num } = useI18n();
	return KIND_ORDER.map((kind) => {
		const ofKind = groups.filter((g) => g.kind === kind);
		return ofKind.length === 0 ? null : (
			<optgroup key={kind} label={TERMS[lang].peerGroupKind[kind]}>
				{ofKind.map((g) => (
					<option key={g.id} value={g.id}>
						{g.label} ({num(g.codes.length)})
					</option>
				))}
			</optgroup>
		);
	});
}

/** The own list as removable chips, and how many it may hold. */
/** The own list: a picker to add a municipality, and the chosen ones as removable chips. */
export function OwnListEditor({
	codes,
	addLabel,
}: {
	codes: string[];
	addLabel: string;
}) {
	const m = useMessages(COMPARE_MESSAGES).peers;
	const municipalities = useMunicipalityListQuery().data?.municipalities ?? [];
	const nameOf = (c: string) =>
		municipalities.find((x) => x.code === c)?.name ?? c;
	return (
		<>
			<MunicipalityPicker
				municipalities={municipalities}
				selected={undefined}
				label={addLabel}
				exclude={codes}
				onSelect={(added) => setPeerCodes([...codes, added])}
			/>
			<ul className="chips" aria-label={m.chosen}>
				{codes.map((c) => (
					<li key={c}>
						{nameOf(c)}
						<button
							type="button"
							aria-label={m.remove(nameOf(c))}
							onClick={() => setPeerCodes(codes.filter((x) => x !== c))}
						>
							×
						</button>
					</li>
				))}
			</ul>
			<p className="muted">{m.limit(MAX_PEERS)}</p>
		</>
	);
}

function GroupSource({ group }: { group: PeerGroup }) {
	const { lang } = useI18n();
	const m = useMessages(COMPARE_MESSAGES).peers;
	return (
		<p className="muted">
			{m.source}
			{peerGroupSourceLabel(group.source, lang)}
		</p>
	);
}
