import { isGoteborgsregionenMember } from "../../../domain/peerGroups.ts";
import type {
	PeerGroup,
	PeerGroupList,
} from "../../../server/schemas/compare.ts";
import { useLocation } from "../../state/router.ts";
import { PARAM, parseCodes, parseGroup } from "../../state/urlState.ts";
import { defaultGroup } from "./compareData.ts";
import { type PeerSelection, useGroupsQuery } from "./queries.ts";

export interface PeerChoice {
	/** The peers to compare: a custom list (`koder`), a group (`grupp`), or the default group; null until known. */
	peers: PeerSelection | null;
	groups: PeerGroup[];
}

/** The peers from the URL, else GR for its members and the län for everyone else. */
export function usePeerSelection(code: string): PeerChoice {
	const { searchParams } = useLocation();
	const groups = useGroupsQuery();
	return {
		peers: choosePeers(searchParams, code, groups.data),
		groups: groups.data?.groups ?? [],
	};
}

/**
 * The peers the URL asks for, else the default group for the municipality; null while the
 * groups needed for the default are not loaded.
 */
/**
 * The peers when the groups are not needed: named in the URL, or Göteborgsregionen for one of
 * its members (defaultGroup's first choice; GR is always among the groups). Jämför's first
 * request then leaves without waiting for /api/groups.
 */
export function peersKnownWithoutGroups(
	searchParams: URLSearchParams,
	code: string,
): PeerSelection | null {
	const codes = parseCodes(searchParams.get(PARAM.codes));
	const group = parseGroup(searchParams.get(PARAM.group));
	if (codes.length > 0) return { kind: "codes", codes };
	if (group) return { kind: "group", group };
	if (isGoteborgsregionenMember(code)) return { kind: "group", group: "GR" };
	return null;
}

export function choosePeers(
	searchParams: URLSearchParams,
	code: string,
	groups: PeerGroupList | undefined,
): PeerSelection | null {
	const known = peersKnownWithoutGroups(searchParams, code);
	if (known) return known;
	if (!groups) return null;
	const fallback = defaultGroup(code, groups.groups);
	return fallback ? { kind: "group", group: fallback } : null;
}
