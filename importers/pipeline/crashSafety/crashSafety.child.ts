/**
 * Child process of db/crashSafety.test.ts: imports ranking variants first, first+1, … into the
 * database at argv[2] through importFile(), the CLI's path, printing "imported <v>" after each
 * commit, until it is killed. Prints "ready" once the database is open.
 */

import { openDatabase } from "../../../db/client.ts";
import { listMunicipalities } from "../../../db/queries/municipalities/listMunicipalities.ts";
import { importFile } from "../importFile.ts";
import { variantCsv } from "./crashSafetyFiles.ts";

const [dbPath, firstArg, countArg] = process.argv.slice(2);
if (!dbPath || !firstArg || !countArg)
	throw new Error("usage: crashSafety.child.ts <db> <first variant> <count>");
const first = Number(firstArg);
const handle = openDatabase(dbPath);
const codes = listMunicipalities(handle.db)
	.map((m) => m.code)
	.sort();
process.stdout.write("ready\n");
for (let variant = first; variant < first + Number(countArg); variant++) {
	const result = importFile(
		handle.db,
		{
			fileName: `variant-${variant}.csv`,
			bytes: new TextEncoder().encode(variantCsv(codes, variant)),
			options: { provenance: "imported", mode: "replace-years", dryRun: false },
		},
		() => new Date().toISOString(),
	);
	if (!result.ok) throw new Error(`variant ${variant} was refused`);
	process.stdout.write(`imported ${variant}\n`);
}
handle.close();
