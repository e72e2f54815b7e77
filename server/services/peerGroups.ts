import type { MunicipalityListRow } from "../../db/queries/municipalities/listMunicipalities.ts";
import {
	isKommungruppCode,
	KOMMUNGRUPPER,
} from "../../domain/kommungrupper.ts";
import { GOTEBORGSREGIONEN_CODES } from "../../domain/peerGroups.ts";
import type { PeerGroup } from "../schemas/compare.ts";

const GOTEBORGSREGIONEN: PeerGroup = {
	id: "GR",
	label: "Göteborgsregionen (GR)",
	kind: "region",
	codes: [...GOTEBORGSREGIONEN_CODES],
	source: "gr-members",
};

/** "A2 Pendlingskommun nära storstad": SKR's code and title; an unknown code as it is stored. */
function kommungruppLabel(code: string): string {
	return isKommungruppCode(code) ? `${code} ${KOMMUNGRUPPER[code]}` : code;
}

/** GR, every län, and every SKR kommungrupp that the stored municipalities carry. */
export function listPeerGroups(
	municipalities: MunicipalityListRow[],
): PeerGroup[] {
	const lans = new Map<string, PeerGroup>();
	const groups = new Map<string, PeerGroup>();
	for (const m of municipalities) {
		const lan = lans.get(m.countyCode) ?? {
			id: `lan:${m.countyCode}`,
			label: m.countyName,
			kind: "lan",
			codes: [],
			source: "scb-lan",
		};
		lan.codes.push(m.code);
		lans.set(m.countyCode, lan);
		if (m.kommungrupp) {
			const group = groups.get(m.kommungrupp) ?? {
				id: `kommungrupp:${m.kommungrupp}`,
				label: kommungruppLabel(m.kommungrupp),
				kind: "kommungrupp",
				codes: [],
				source: "skr-kommungrupp",
			};
			group.codes.push(m.code);
			groups.set(m.kommungrupp, group);
		}
	}
	const byId = (a: PeerGroup, b: PeerGroup) => a.id.localeCompare(b.id, "sv");
	return [
		GOTEBORGSREGIONEN,
		...[...lans.values()].sort(byId),
		...[...groups.values()].sort(byId),
	];
}
