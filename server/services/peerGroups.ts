import type { MunicipalityListRow } from "../../db/queries/municipalities/listMunicipalities.ts";
import type { PeerGroup } from "../schemas/compare.ts";

/** Göteborgsregionen's 13 member municipalities (Kungsbacka is in Hallands län). */
const GOTEBORGSREGIONEN: PeerGroup = {
	id: "GR",
	label: "Göteborgsregionen (GR)",
	kind: "region",
	codes: [
		"1440",
		"1489",
		"1480",
		"1401",
		"1384",
		"1482",
		"1441",
		"1462",
		"1481",
		"1402",
		"1415",
		"1419",
		"1407",
	],
	source: "Göteborgsregionen, medlemskommuner",
};

/** SKR:s kommungruppsindelning 2017. */
const KOMMUNGRUPP_LABELS: Record<string, string> = {
	A1: "Storstäder",
	A2: "Pendlingskommun nära storstad",
	B3: "Större stad",
	B4: "Pendlingskommun nära större stad",
	B5: "Lågpendlingskommun nära större stad",
	C6: "Mindre stad/tätort",
	C7: "Pendlingskommun nära mindre stad/tätort",
	C8: "Landsbygdskommun",
	C9: "Landsbygdskommun med besöksnäring",
};

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
			source: "SCB, kommuner per län",
		};
		lan.codes.push(m.code);
		lans.set(m.countyCode, lan);
		if (m.kommungrupp) {
			const group = groups.get(m.kommungrupp) ?? {
				id: `kommungrupp:${m.kommungrupp}`,
				label: `${m.kommungrupp} ${KOMMUNGRUPP_LABELS[m.kommungrupp] ?? "Kommungrupp"}`,
				kind: "kommungrupp",
				codes: [],
				source: "SKR kommungruppsindelning (importerad)",
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
