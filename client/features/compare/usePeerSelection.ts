import type { PeerGroup } from "../../../server/schemas/compare.ts";
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
	const codes = parseCodes(searchParams.get(PARAM.codes));
	const group = parseGroup(searchParams.get(PARAM.group));
	const all = groups.data?.groups ?? [];
	if (codes.length > 0) return { peers: { kind: "codes", codes }, groups: all };
	if (group) return { peers: { kind: "group", group }, groups: all };
	if (!groups.data || !list.data) return { peers: null, groups: all };
	const countyCode =
		list.data.municipalities.find((m) => m.code === code)?.countyCode ?? null;
	const fallback = defaultGroup(code, countyCode, all);
	return {
		peers: fallback ? { kind: "group", group: fallback } : null,
		groups: all,
	};
}
