import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
	it("has defaults for everything", () => {
		expect(loadConfig({})).toEqual({
			databasePath: "data/topp10.db",
			host: "127.0.0.1",
			port: 3000,
			adminToken: null,
			logLevel: "info",
			trustProxy: false,
			privateMode: false,
			sessionHours: 8,
			importNice: 10,
		});
	});

	it("reads TOPP10_PRIVATE as 1 or 0 and TOPP10_SESSION_HOURS as whole hours", () => {
		expect(loadConfig({ TOPP10_PRIVATE: "1" }).privateMode).toBe(true);
		expect(loadConfig({ TOPP10_PRIVATE: "0" }).privateMode).toBe(false);
		expect(() => loadConfig({ TOPP10_PRIVATE: "yes" })).toThrow(
			/TOPP10_PRIVATE must be 1 \(on\) or 0 \(off\)/,
		);
		expect(loadConfig({ TOPP10_SESSION_HOURS: "12" }).sessionHours).toBe(12);
		expect(() => loadConfig({ TOPP10_SESSION_HOURS: "0.5" })).toThrow(
			/TOPP10_SESSION_HOURS/,
		);
	});

	it("reads TOPP10_IMPORT_NICE as a priority step from 0 to 19", () => {
		expect(loadConfig({ TOPP10_IMPORT_NICE: "0" }).importNice).toBe(0);
		expect(loadConfig({ TOPP10_IMPORT_NICE: "19" }).importNice).toBe(19);
		for (const bad of ["-1", "20", "5.5", "low"])
			expect(() => loadConfig({ TOPP10_IMPORT_NICE: bad })).toThrow(
				/TOPP10_IMPORT_NICE must be a whole number from 0/,
			);
	});

	it("reads TRUST_PROXY as off, on, a hop count or proxy addresses", () => {
		expect(loadConfig({ TRUST_PROXY: "0" }).trustProxy).toBe(false);
		expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
		expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
		expect(loadConfig({ TRUST_PROXY: "127.0.0.1,10.0.0.0/8" }).trustProxy).toBe(
			"127.0.0.1,10.0.0.0/8",
		);
		expect(() => loadConfig({ TRUST_PROXY: "yes please" })).toThrow(
			ConfigError,
		);
	});

	it("refuses a short admin token and a bad port", () => {
		expect(() => loadConfig({ TOPP10_ADMIN_TOKEN: "short" })).toThrow(
			/at least 16/,
		);
		expect(() => loadConfig({ PORT: "70000" })).toThrow(/PORT/);
	});
});
