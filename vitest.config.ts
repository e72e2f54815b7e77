import { defineConfig } from "vitest/config";

export default defineConfig({
	test: {
		include: [
			"layers.test.ts",
			"{analysis,domain,client,server,db,importers,fixtures,bench}/**/*.test.{ts,tsx}",
		],
		testTimeout: 20_000,
		globalSetup: ["server/test/globalSetup.ts"],
	},
});
