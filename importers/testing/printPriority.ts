import { getPriority } from "node:os";

/** A stand-in entry point for lowerPriority.test.ts: says the priority it runs at. */
console.log(`priority ${getPriority()}`);
