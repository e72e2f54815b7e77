import { insiktDefinitions } from "./insiktDefinitions.ts";
import { insiktLong } from "./insiktLong.ts";
import { insiktWide } from "./insiktWide.ts";
import { municipalityList } from "./municipalities.ts";
import { snFactorDefinitions } from "./snFactorDefinitions.ts";
import { snFactors } from "./snFactors.ts";
import { snRankingLong, snSurveyLong } from "./snRankingLong.ts";
import { snRankingWide } from "./snRankingWide.ts";
import { snStatistics, snStatisticsPerFactor } from "./snStatistics.ts";
import type { TableFormat } from "./tableFormat.ts";

/**
 * Every table layout the importer reads. The order is only the order of messages: detection
 * takes the one layout a header fits and refuses a header that fits several.
 */
export const TABLE_FORMATS: readonly TableFormat[] = [
	municipalityList,
	snFactorDefinitions,
	insiktDefinitions,
	snRankingLong,
	snSurveyLong,
	snRankingWide,
	snStatistics,
	snStatisticsPerFactor,
	snFactors,
	insiktLong,
	insiktWide,
];

/** The id of the Kolada JSON layout, which is told by its content, not a header. */
export const KOLADA_FORMAT_ID = "kolada";

/** Every layout id, for messages and documentation. */
export const FORMAT_IDS = [
	...TABLE_FORMATS.map((format) => format.id),
	KOLADA_FORMAT_ID,
];
