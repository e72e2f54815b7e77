import type { ExportMeta } from "./table.ts";

/** The metadata the export tests write: a Partille table of 2023 with synthetic values. */
export const TEST_META: ExportMeta = {
	title: "Lokalt företagsklimat 2023",
	municipality: "Partille",
	year: 2023,
	source: "Svenskt Näringsliv",
	downloadedAt: new Date("2026-05-14T08:00:00Z"),
	synthetic: true,
};
