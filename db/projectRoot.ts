import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder holding package.json. The same modules run from the sources (tsx, tests) and
 * compiled into dist/node/ (production), so data folders are found from the project root, not
 * from the module's own location.
 */
function findProjectRoot(start: string): string {
	let folder = start;
	while (!existsSync(join(folder, "package.json"))) {
		const parent = dirname(folder);
		if (parent === folder)
			throw new Error(
				`No package.json above ${start}: cannot find the project`,
			);
		folder = parent;
	}
	return folder;
}

export const PROJECT_ROOT = findProjectRoot(
	dirname(fileURLToPath(import.meta.url)),
);
