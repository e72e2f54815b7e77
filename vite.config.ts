import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
	root: fileURLToPath(new URL("./client", import.meta.url)),
	plugins: [react()],
	build: {
		outDir: fileURLToPath(new URL("./dist/client", import.meta.url)),
		emptyOutDir: true,
	},
	server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
