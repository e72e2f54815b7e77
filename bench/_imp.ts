import { runImportBench } from "./importBench.ts";
const r = runImportBench("/tmp/impbench");
for (const t of r.timings) console.log(t.case.padEnd(26), "import", t.importMs.toFixed(2), "parse", t.parseMs.toFixed(2), "insert", t.insertMs.toFixed(2), "ratio", t.floorRatio.toFixed(2));
