import { isGoteborgsregionenMember } from "../../../domain/peerGroups.ts";
import type {
	PeerGroup,
	PeerGroupList,
} from "../../../server/schemas/compare.ts";
import type { MunicipalityList } from "../../../server/schemas/municipalities.ts";
import { useMunicipalityListQuery } from "../../api/municipalities.ts";
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
	const list = useMunicipalityListQuery();
	return {
		peers: choosePeers(searchParams, code, groups.data, list.data),
		groups: groups.data?.groups ?? [],
	};
}

/**
 * The peers the URL asks for, else the default group for the municipality; null while the
 * groups or the municipality list needed for the default are not loaded.
 */
/**
 * The peers when neither list is needed: named in the URL, or Göteborgsregionen for one of its
 * members (defaultGroup's first choice; GR is always among the groups). Jämför's first request
 * then leaves without waiting for /api/groups and /api/municipalities.
 */
export function peersKnownWithoutLists(
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
	list: MunicipalityList | undefined,
): PeerSelection | null {
	const known = peersKnownWithoutLists(searchParams, code);
	if (known) return known;
	if (!groups || !list) return null;
	const countyCode =
		list.municipalities.find((m) => m.code === code)?.countyCode ?? null;
	const fallback = defaultGroup(code, countyCode, groups.groups);
	return fallback ? { kind: "group", group: fallback } : null;
}
