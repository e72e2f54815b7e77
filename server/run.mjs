#!/usr/bin/env node
// Runs one of the project's entry points: `node server/run.mjs server/start.ts [args…]`.
// With the development dependencies installed (tsx) the TypeScript sources run directly; a
// production install (`npm ci --omit=dev`) has no tsx and runs the JavaScript that
// `npm run build` compiled into dist/node/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [entry, ...args] = process.argv.slice(2);
if (!entry?.endsWith(".ts")) {
	console.error("usage: node server/run.mjs <entry.ts> [arguments…]");
	process.exit(2);
}
process.argv = [process.argv[0], join(root, entry), ...args];

async function loadTsx() {
	try {
		return await import("tsx/esm/api");
	} catch {
		return null;
	}
}

const tsx = await loadTsx();
if (tsx) {
	tsx.register();
	await import(pathToFileURL(join(root, entry)).href);
} else {
	const compiled = join(root, "dist", "node", entry.replace(/\.ts$/, ".js"));
	if (!existsSync(compiled)) {
		console.error(
			`${compiled} is missing: build with \`npm ci && npm run build\`, then install for production with \`npm ci --omit=dev\`.`,
		);
		process.exit(1);
	}
	process.argv[1] = compiled;
	await import(pathToFileURL(compiled).href);
}
