import { eq } from "drizzle-orm";
import type { UserRole } from "../../../domain/actions.ts";
import type { Db } from "../../client.ts";
import { session, user } from "../../schema.ts";

export interface NewUser {
	name: string;
	role: UserRole;
	passwordHash: string;
}

/** false when the name is taken. */
export function insertUser(db: Db, account: NewUser, at: string): boolean {
	const inserted = db
		.insert(user)
		.values({ ...account, createdAt: at, passwordChangedAt: at })
		.onConflictDoNothing()
		.run();
	return inserted.changes === 1;
}

/** A new password ends every session of the account (a stolen cookie stops working). */
export function updateUserPassword(
	db: Db,
	name: string,
	passwordHash: string,
	at: string,
): boolean {
	const updated = db
		.update(user)
		.set({ passwordHash, passwordChangedAt: at })
		.where(eq(user.name, name))
		.run();
	db.delete(session).where(eq(session.userName, name)).run();
	return updated.changes === 1;
}

export function updateUserRole(db: Db, name: string, role: UserRole): boolean {
	return (
		db.update(user).set({ role }).where(eq(user.name, name)).run().changes === 1
	);
}

/**
 * Removes the account and its sessions (cascade). The plan's history keeps the name as text, so
 * who changed what stays readable.
 */
export function deleteUser(db: Db, name: string): boolean {
	return db.delete(user).where(eq(user.name, name)).run().changes === 1;
}
