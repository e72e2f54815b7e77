import type { Db } from "../../../db/client.ts";
import { inWriteTransaction } from "../../../db/queries/inWriteTransaction.ts";
import {
	countAdmins,
	getUser,
	type UserRow,
} from "../../../db/queries/users/listUsers.ts";
import {
	deleteUser,
	insertUser,
	updateUserPassword,
	updateUserRole,
} from "../../../db/queries/users/writeUser.ts";
import {
	checkPassword,
	checkUserName,
	normaliseUserName,
} from "../../../domain/accounts.ts";
import type { UserRole } from "../../../domain/actions.ts";
import { type Refusal, refuse } from "../refusal.ts";
import {
	DEFAULT_SCRYPT_COST,
	hashPassword,
	type ScryptCost,
} from "./passwords.ts";

/**
 * Account management, shared by `npm run users` and /api/users. Hashing happens before the
 * write transaction (scrypt is asynchronous, a transaction is not).
 */

function noSuchUser(name: string): Refusal {
	return refuse(
		404,
		"user_not_found",
		`There is no account "${name}". \`npm run users -- list\` (or GET /api/users) lists them.`,
		"name",
	);
}

function lastAdmin(name: string): Refusal {
	return refuse(
		409,
		"last_admin",
		`"${name}" is the only admin: add or promote another admin first, so that someone can still manage accounts.`,
		"role",
	);
}

export async function createAccount(
	db: Db,
	input: { name: string; role: UserRole; password: string },
	at: string,
	cost: ScryptCost = DEFAULT_SCRYPT_COST,
): Promise<UserRow | Refusal> {
	const name = normaliseUserName(input.name);
	const nameProblem = checkUserName(name);
	if (nameProblem) return refuse(400, "invalid_name", nameProblem, "name");
	const passwordProblem = checkPassword(input.password);
	if (passwordProblem)
		return refuse(400, "weak_password", passwordProblem, "password");
	const passwordHash = await hashPassword(input.password, cost);
	return inWriteTransaction(db, () => {
		if (!insertUser(db, { name, role: input.role, passwordHash }, at))
			return refuse(
				409,
				"user_exists",
				`There is already an account "${name}". Choose another name, or change its password.`,
				"name",
			);
		return getUser(db, name) ?? noSuchUser(name);
	});
}

/** A new password; the account's sessions end, so a stolen login stops working. */
export async function changePassword(
	db: Db,
	rawName: string,
	password: string,
	at: string,
	cost: ScryptCost = DEFAULT_SCRYPT_COST,
): Promise<UserRow | Refusal> {
	const name = normaliseUserName(rawName);
	if (!getUser(db, name)) return noSuchUser(name);
	const problem = checkPassword(password);
	if (problem) return refuse(400, "weak_password", problem, "password");
	const passwordHash = await hashPassword(password, cost);
	return inWriteTransaction(db, () => {
		if (!updateUserPassword(db, name, passwordHash, at))
			return noSuchUser(name);
		return getUser(db, name) ?? noSuchUser(name);
	});
}

export function changeRole(
	db: Db,
	rawName: string,
	role: UserRole,
): UserRow | Refusal {
	const name = normaliseUserName(rawName);
	return inWriteTransaction(db, () => {
		const account = getUser(db, name);
		if (!account) return noSuchUser(name);
		if (account.role === "admin" && role !== "admin" && countAdmins(db) === 1)
			return lastAdmin(name);
		updateUserRole(db, name, role);
		return getUser(db, name) ?? noSuchUser(name);
	});
}

/** Removes the account and ends its sessions; the plan's history keeps its name. */
export function removeAccount(db: Db, rawName: string): UserRow | Refusal {
	const name = normaliseUserName(rawName);
	return inWriteTransaction(db, () => {
		const account = getUser(db, name);
		if (!account) return noSuchUser(name);
		if (account.role === "admin" && countAdmins(db) === 1)
			return lastAdmin(name);
		deleteUser(db, name);
		return account;
	});
}

/** A role, a password or both; the role first, so a refused demotion changes nothing. */
export async function updateAccount(
	db: Db,
	name: string,
	change: { role?: UserRole; password?: string },
	at: string,
): Promise<UserRow | Refusal> {
	if (change.role === undefined && change.password === undefined)
		return refuse(400, "bad_request", 'Send "role", "password" or both.');
	if (change.password !== undefined) {
		const problem = checkPassword(change.password);
		if (problem) return refuse(400, "weak_password", problem, "password");
	}
	const account =
		change.role === undefined
			? (getUser(db, normaliseUserName(name)) ?? noSuchUser(name))
			: changeRole(db, name, change.role);
	if (change.password === undefined || "refused" in account) return account;
	return changePassword(db, name, change.password, at);
}
