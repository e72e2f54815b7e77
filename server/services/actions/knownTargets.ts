import type { Db } from "../../../db/client.ts";
import { listFactorLabels } from "../../../db/queries/ranking/listFactorIds.ts";
import type { KnownTargets } from "../../../domain/actionRules.ts";
import { INSIKT_AREAS } from "../../../domain/insikt.ts";

/** The factor ids stored in any year (plus "total") and the Insikt areas an action may aim at. */
export function knownTargets(db: Db): KnownTargets {
	return {
		factorIds: new Set(listFactorLabels(db).map((factor) => factor.id)),
		insiktAreas: new Set(Object.keys(INSIKT_AREAS)),
	};
}

/**
 * What the action already links to stays allowed: an import that drops a factor from the data
 * must not make every later edit of an action that aims at it fail.
 */
export function withLinksOf(
	known: KnownTargets,
	linked: { factorIds: readonly string[]; insiktAreas: readonly string[] },
): KnownTargets {
	return {
		factorIds: new Set([...known.factorIds, ...linked.factorIds]),
		insiktAreas: new Set([...known.insiktAreas, ...linked.insiktAreas]),
	};
}
