import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { READ_ROUTES } from "../bench/routes.ts";
import { createTestApp, type TestApp } from "./test/testApp.ts";

/**
 * The read routes under 50 concurrent connections answer every request with 2xx: no errors, no
 * timeouts, and no 503 from the load shedding (under-pressure) while the server is merely busy.
 * Nothing here is about speed; that is `npm run bench`.
 */
describe("read routes under 50 connections", () => {
	let testApp: TestApp;
	let base: string;

	beforeAll(async () => {
		// The production load-shedding limits: this test is about them not shedding a busy server.
		testApp = await createTestApp({ bundled: true, pressure: {} });
		base = await testApp.app.listen({ host: "127.0.0.1", port: 0 });
	});
	afterAll(() => testApp.close());

	for (const route of READ_ROUTES) {
		it(`${route.name}: 0 errors and 0 non-2xx`, async () => {
			const probe = await testApp.app.inject({ url: route.url });
			if (probe.statusCode === 404) return; // not built yet
			expect(probe.statusCode).toBe(200);
			const result = await autocannon({
				url: base + route.url,
				connections: 50,
				duration: 1.5,
			});
			expect(result.requests.total).toBeGreaterThan(0);
			expect({
				errors: result.errors,
				timeouts: result.timeouts,
				non2xx: result.non2xx,
				"5xx": result["5xx"],
			}).toEqual({ errors: 0, timeouts: 0, non2xx: 0, "5xx": 0 });
		});
	}
});
