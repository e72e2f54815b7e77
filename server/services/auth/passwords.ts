import {
	randomBytes,
	type ScryptOptions,
	scrypt,
	timingSafeEqual,
} from "node:crypto";

export interface ScryptCost {
	/** CPU/memory cost, a power of two. */
	N: number;
	r: number;
	p: number;
}

/**
 * OWASP's scrypt minimum (N=2^17, r=8, p=1) needs 128 MiB a login; on a small shared server
 * 2^15 (32 MiB, ~0.1 s) is the compromise, and the parameters live in every hash, so they can be
 * raised later without invalidating stored passwords.
 */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const PREFIX = "scrypt";

function derive(
	password: string,
	salt: Buffer,
	cost: ScryptCost,
): Promise<Buffer> {
	const options: ScryptOptions = {
		N: cost.N,
		r: cost.r,
		p: cost.p,
		maxmem: 256 * cost.N * cost.r,
	};
	return new Promise((resolve, reject) =>
		scrypt(
			password.normalize("NFC"),
			salt,
			KEY_LENGTH,
			options,
			(error, key) => (error ? reject(error) : resolve(key)),
		),
	);
}

/** "scrypt$N$r$p$salt$key" (salt and key base64url): self-describing, so the cost can change. */
export async function hashPassword(
	password: string,
	cost: ScryptCost = DEFAULT_SCRYPT_COST,
): Promise<string> {
	const salt = randomBytes(16);
	const key = await derive(password, salt, cost);
	return [
		PREFIX,
		cost.N,
		cost.r,
		cost.p,
		salt.toString("base64url"),
		key.toString("base64url"),
	].join("$");
}

function parseHash(
	stored: string,
): { cost: ScryptCost; salt: Buffer; key: Buffer } | null {
	const [prefix, n, r, p, salt, key, ...rest] = stored.split("$");
	if (prefix !== PREFIX || rest.length > 0 || !salt || !key) return null;
	const cost = { N: Number(n), r: Number(r), p: Number(p) };
	if (!Object.values(cost).every((v) => Number.isInteger(v) && v > 0))
		return null;
	return {
		cost,
		salt: Buffer.from(salt, "base64url"),
		key: Buffer.from(key, "base64url"),
	};
}

/** Whether the password matches the stored hash; compared in constant time. */
export async function verifyPassword(
	password: string,
	stored: string,
): Promise<boolean> {
	const parsed = parseHash(stored);
	if (!parsed) return false;
	const key = await derive(password, parsed.salt, parsed.cost);
	return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

let decoy: Promise<string> | null = null;

/**
 * A hash no password matches, checked when the name is unknown, so that a login for a name that
 * does not exist takes as long as one with a wrong password (names cannot be probed by timing).
 */
export function decoyHash(): Promise<string> {
	decoy ??= hashPassword(randomBytes(32).toString("base64url"));
	return decoy;
}
