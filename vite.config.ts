import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const OUT_DIR = fileURLToPath(new URL("./dist/client", import.meta.url));
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/**
 * Writes a .br and a .gz beside every text asset once, at build time, so the server sends them
 * as they are (@fastify/static's preCompressed) instead of compressing on every request.
 */
function precompress(): Plugin {
	return {
		name: "topp10-precompress",
		apply: "build",
		closeBundle() {
			for (const entry of readdirSync(OUT_DIR, { recursive: true })) {
				const name = String(entry);
				if (!COMPRESSIBLE.test(name) || name.startsWith(".vite")) continue;
				const path = join(OUT_DIR, name);
				const bytes = readFileSync(path);
				writeFileSync(
					`${path}.br`,
					brotliCompressSync(bytes, {
						params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
					}),
				);
				writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
			}
		},
	};
}

export default defineConfig({
	root: fileURLToPath(new URL("./client", import.meta.url)),
	plugins: [react(), precompress()],
	build: {
		outDir: OUT_DIR,
		emptyOutDir: true,
		// .vite/manifest.json: the server names each route's page chunks as modulepreloads
		// (server/plugins/pagePreloads.ts). A dot folder, so it is not served.
		manifest: true,
	},
	server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
