import { describe, expect, it } from "vitest";
import { requestLogLevel, SLOW_REQUEST_MS } from "./requestLog.ts";

describe("requestLogLevel", () => {
	it("logs failures above debug and successes at debug unless slow", () => {
		expect(requestLogLevel(500, 3)).toBe("error");
		expect(requestLogLevel(404, 3)).toBe("warn");
		expect(requestLogLevel(200, 3)).toBe("debug");
		expect(requestLogLevel(304, SLOW_REQUEST_MS)).toBe("info");
	});
});
