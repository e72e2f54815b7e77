import { describe, expect, it } from "vitest";
import { createClientLimiter } from "./clientLimiter.ts";

describe("createClientLimiter", () => {
	it("allows max events per window and client, then refuses until the window ends", () => {
		let time = 0;
		const limiter = createClientLimiter(2, 60_000, () => time);
		expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([
			true,
			true,
			false,
		]);
		expect(limiter.take("b")).toBe(true);
		time = 30_000;
		expect(limiter.retryAfterSeconds("a")).toBe(30);
		time = 60_000;
		expect(limiter.take("a")).toBe(true);
	});
});
