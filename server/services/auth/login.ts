import type { Db } from "../../../db/client.ts";
import {
	getPasswordHash,
	getUser,
} from "../../../db/queries/users/listUsers.ts";
import { normaliseUserName } from "../../../domain/accounts.ts";
import type { UserRole } from "../../../domain/actions.ts";
import type { LoginThrottle } from "./loginThrottle.ts";
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

export type LoginRefusal =
	| { refused: "invalid_credentials" }
	| { refused: "rate_limited"; retryAfterSeconds: number };

export type LoginAttempt = { user: SessionUser } | LoginRefusal;

/**
 * A login within the limits: refused with the seconds to wait when the account at this address
 * (or this address) has tried too often, else checked; the attempt is counted before the slow
 * check, so parallel guesses count too, and a success starts the account over.
 */
export async function attemptLogin(
	db: Db,
	throttle: LoginThrottle,
	login: { name: string; password: string; address: string },
): Promise<LoginAttempt> {
	const name = normaliseUserName(login.name);
	const wait = throttle.waitSeconds(name, login.address);
	if (wait > 0) return { refused: "rate_limited", retryAfterSeconds: wait };
	throttle.recordAttempt(name, login.address);
	const user = await checkLogin(db, name, login.password);
	if (!user) {
		throttle.recordFailure(login.address);
		return { refused: "invalid_credentials" };
	}
	throttle.recordSuccess(name, login.address);
	return { user };
}
