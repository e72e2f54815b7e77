/** Göteborgsregionen's 13 member municipalities (Kungsbacka is in Hallands län). */
export const GOTEBORGSREGIONEN_CODES = [
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
] as const;

const GOTEBORGSREGIONEN = new Set<string>(GOTEBORGSREGIONEN_CODES);

export function isGoteborgsregionenMember(code: string): boolean {
	return GOTEBORGSREGIONEN.has(code);
}

export const PEER_GROUP_KINDS = ["region", "lan", "kommungrupp"] as const;
export type PeerGroupKind = (typeof PEER_GROUP_KINDS)[number];

/** Where a peer group's membership comes from; the client words it. */
export const PEER_GROUP_SOURCES = [
	"gr-members",
	"scb-lan",
	"skr-kommungrupp",
] as const;
export type PeerGroupSource = (typeof PEER_GROUP_SOURCES)[number];
