import { eq, lte } from "drizzle-orm";
import type { UserRole } from "../../../domain/actions.ts";
import type { Db } from "../../client.ts";
import { session, user } from "../../schema.ts";

export interface SessionRow {
	/** SHA-256 (hex) of the cookie's token. */
	id: string;
	userName: string;
	role: UserRole;
	expiresAt: string;
}

export function insertSession(
	db: Db,
	row: { id: string; userName: string; createdAt: string; expiresAt: string },
): void {
	db.insert(session).values(row).run();
}

/** The session and its account's current role (a role change applies at once). */
export function getSession(db: Db, id: string): SessionRow | undefined {
	return db
		.select({
			id: session.id,
			userName: session.userName,
			role: user.role,
			expiresAt: session.expiresAt,
		})
		.from(session)
		.innerJoin(user, eq(user.name, session.userName))
		.where(eq(session.id, id))
		.get();
}

export function deleteSession(db: Db, id: string): void {
	db.delete(session).where(eq(session.id, id)).run();
}

/** Sessions that ran out by `now` (ISO); called on login, so the table stays small. */
export function deleteExpiredSessions(db: Db, now: string): number {
	return db.delete(session).where(lte(session.expiresAt, now)).run().changes;
}
