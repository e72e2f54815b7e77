import { asc, count, eq } from "drizzle-orm";
import type { UserRole } from "../../../domain/actions.ts";
import type { Db } from "../../client.ts";
import { user } from "../../schema.ts";

/** An account as it is listed: never its password hash. */
export interface UserRow {
	name: string;
	role: UserRole;
	createdAt: string;
	passwordChangedAt: string;
}

const listed = {
	name: user.name,
	role: user.role,
	createdAt: user.createdAt,
	passwordChangedAt: user.passwordChangedAt,
};

export function listUsers(db: Db): UserRow[] {
	return db.select(listed).from(user).orderBy(asc(user.name)).all();
}

export function getUser(db: Db, name: string): UserRow | undefined {
	return db.select(listed).from(user).where(eq(user.name, name)).get();
}

/** The stored hash to check a login against; only the login and `users passwd` read it. */
export function getPasswordHash(db: Db, name: string): string | undefined {
	return db
		.select({ hash: user.passwordHash })
		.from(user)
		.where(eq(user.name, name))
		.get()?.hash;
}

export function countAdmins(db: Db): number {
	return (
		db.select({ n: count() }).from(user).where(eq(user.role, "admin")).get()
			?.n ?? 0
	);
}
