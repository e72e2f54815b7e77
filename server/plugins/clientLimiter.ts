/** A fixed-window counter per client: at most `max` events per `windowMs`. */
export interface ClientLimiter {
	/** Counts one event; false when the client is over its limit in this window. */
	take(client: string): boolean;
	/** Seconds until the client's window ends. */
	retryAfterSeconds(client: string): number;
}

export function createClientLimiter(
	max: number,
	windowMs: number,
	now: () => number = Date.now,
): ClientLimiter {
	const windows = new Map<string, { start: number; count: number }>();
	const windowOf = (client: string) => {
		const time = now();
		const current = windows.get(client);
		if (current && time - current.start < windowMs) return current;
		// Old windows are dropped as they are met, so the map holds only recent clients.
		if (windows.size > 10_000) windows.clear();
		const fresh = { start: time, count: 0 };
		windows.set(client, fresh);
		return fresh;
	};
	return {
		take(client) {
			const window = windowOf(client);
			window.count += 1;
			return window.count <= max;
		},
		retryAfterSeconds(client) {
			const window = windowOf(client);
			return Math.max(1, Math.ceil((window.start + windowMs - now()) / 1000));
		},
	};
}
