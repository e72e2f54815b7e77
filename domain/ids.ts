/** Kolada's and Insikt's code for the whole country (Riket); never one of the 290. */
export const RIKET_CODE = "0000";

/** The municipality Topp10 shows unless another is chosen: Partille, where the programme began. */
export const DEFAULT_MUNICIPALITY_CODE = "1402";

/** Svenskt Näringsliv ranks all of Sweden's municipalities. */
export const MUNICIPALITY_COUNT = 290;

/** The programme's target: a place among the ten best. */
export const TOP_RANK = 10;

/** The factor id under which the total ranking is stored. */
export const TOTAL_FACTOR_ID = "total";

/** "Sammanfattande omdöme", the survey's summary question and the May signal. */
export const SURVEY_SCORE_FACTOR_ID = "sammanfattande-omdome";

/** The sources an import can carry. */
export const IMPORT_SOURCES = [
	"municipalities",
	"sn-ranking",
	"sn-survey",
	"sn-statistics",
	"sn-factors",
	"insikt",
	"kolada",
	"sn-factor-definitions",
	"insikt-definitions",
] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];
