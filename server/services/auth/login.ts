import type { Db } from "../../../db/client.ts";
import {
	getPasswordHash,
	getUser,
} from "../../../db/queries/users/listUsers.ts";
import type { UserRole } from "../../../domain/actions.ts";
import { decoyHash, verifyPassword } from "./passwords.ts";

export interface SessionUser {
	name: string;
	role: UserRole;
}

/**
 * The account when the password is right, else null. An unknown name is checked against a decoy
 * hash, so both refusals take the same time and say the same thing.
 */
export async function checkLogin(
	db: Db,
	name: string,
	password: string,
): Promise<SessionUser | null> {
	const stored = getPasswordHash(db, name);
	const matches = await verifyPassword(password, stored ?? (await decoyHash()));
	if (!stored || !matches) return null;
	const account = getUser(db, name);
	return account ? { name: account.name, role: account.role } : null;
}
