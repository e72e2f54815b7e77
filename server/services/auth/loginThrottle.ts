/**
 * Limits on login attempts: per account and address (a guesser of one account from one place),
 * and per address over all accounts (a guesser who tries many names). Counted in memory, in fixed
 * windows; a server restart forgets them, which only ever lets a few more attempts through.
 */
export interface LoginLimits {
	/** Attempts at one account from one address per window; a successful login starts it over. */
	perAccountAndAddress: number;
	/** Failed attempts from one address, over all accounts, per window. */
	perAddress: number;
	windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
	perAccountAndAddress: 5,
	perAddress: 20,
	windowMs: 15 * 60_000,
};

/** Keeps memory bounded when someone sprays names from many addresses. */
const MAX_KEYS = 10_000;

interface Window {
	count: number;
	endsAt: number;
}

export interface LoginThrottle {
	/** Seconds until another attempt is allowed, or 0 when it is allowed now. */
	waitSeconds(account: string, address: string): number;
	/** Counts an attempt at the account before its password is checked (parallel guesses count too). */
	recordAttempt(account: string, address: string): void;
	recordFailure(address: string): void;
	recordSuccess(account: string, address: string): void;
}

export function createLoginThrottle(
	limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
	now: () => number = Date.now,
): LoginThrottle {
	const windows = new Map<string, Window>();
	const pairKey = (account: string, address: string) =>
		`pair\u0000${account}\u0000${address}`;
	const addressKey = (address: string) => `address\u0000${address}`;

	const live = (key: string): Window | undefined => {
		const window = windows.get(key);
		if (window && window.endsAt <= now()) {
			windows.delete(key);
			return undefined;
		}
		return window;
	};
	const count = (key: string): void => {
		if (windows.size >= MAX_KEYS) {
			for (const [k, w] of windows) if (w.endsAt <= now()) windows.delete(k);
			if (windows.size >= MAX_KEYS)
				windows.delete(windows.keys().next().value ?? "");
		}
		const window = live(key) ?? { count: 0, endsAt: now() + limits.windowMs };
		window.count += 1;
		windows.set(key, window);
	};
	const wait = (key: string, limit: number): number => {
		const window = live(key);
		if (!window || window.count < limit) return 0;
		return Math.max(1, Math.ceil((window.endsAt - now()) / 1000));
	};

	return {
		waitSeconds: (account, address) =>
			Math.max(
				wait(pairKey(account, address), limits.perAccountAndAddress),
				wait(addressKey(address), limits.perAddress),
			),
		recordAttempt: (account, address) => count(pairKey(account, address)),
		recordFailure: (address) => count(addressKey(address)),
		recordSuccess: (account, address) => {
			windows.delete(pairKey(account, address));
		},
	};
}
