import { FORMAT } from "../../i18n/format.ts";
import { defineMessages } from "../../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** Insikt: NKI per area against Riket, the service factors, the trend and the definition breaks. */
export const INSIKT_MESSAGES = defineMessages({
	sv: {
		heading: (name: string) => `Service till företag (SKR Insikt) i ${name}`,
		source: "SKR Insikt (via Kolada)",
		noResults: (name: string) => `Det finns inga Insikt-resultat för ${name}.`,
		noResultsHelp:
			"SKR:s servicemätning Insikt omfattar bara kommuner som deltar och bara ärenden som företag haft under året; ungefär 100 kommuner saknar värde ett givet år. Resultaten kan hämtas från Kolada med npm run kolada, eller importeras som fil på Import-sidan.",
		showing: (year: number, rankingYear: number | null) =>
			`Visar Insikt ${sv.year(year)}${rankingYear !== null && rankingYear !== year ? `, det senaste året till och med rankingåret ${sv.year(rankingYear)}` : ""}. Året i Insikt är året då ärendena handlades; resultaten publiceras i april året efter.`,
		noneUpTo: (name: string, rankingYear: number, first: number | null) =>
			`Det finns inga Insikt-resultat för ${name} till och med rankingåret ${sv.year(rankingYear)}${first === null ? "." : `; det första året med resultat är ${sv.year(first)}.`}`,
		noneUpToHelp:
			"Sidan visar vad som var känt för det valda rankingåret, så ett senare Insikt-år visas inte i dess ställe. Välj ett senare år för att se resultaten.",
		ranks: {
			title: (year: number) => `Placering bland kommunerna ${sv.year(year)}`,
			rankOf: (rank: number, count: number) =>
				`plats ${sv.num(rank)} av ${sv.num(count)}`,
			notRanked: "ej rankad",
			national: (value: number) => ` · riket ${sv.num(value)}`,
			answers: (count: number) => ` · ${sv.count(count, "svar", "svar")}`,
			howRanked:
				"Placeringarna räknas här, eftersom Kolada bara har indexvärden: fallande NKI, lika värden delar placering (1, 2, 2, 4), bland kommunerna med värde för området.",
			nui: (value: number, provenance: string) =>
				`Upphandling mäts som NUI och redovisas separat: ${sv.num(value)} (${provenance}).`,
		},
		areas: {
			title: (year: number) =>
				`NKI per myndighetsområde jämfört med riket, ${sv.year(year)}`,
			description:
				"Staplar: kommunens NKI (0–100) per myndighetsområde. Svart streck: riket. Färgade fält bakom: SKR:s betygsgränser, mycket lågt under 50, lågt 50–61, godkänt 62–69, högt 70–79, mycket högt från 80.",
			printDescription:
				"Kommunens NKI per myndighetsområde mot riket, med SKR:s betygsgränser (mycket lågt <50, lågt 50–61, godkänt 62–69, högt 70–79, mycket högt ≥80).",
			bar: (label: string, value: number) => `${label}: NKI ${sv.num(value)}`,
			barRank: (rank: number, count: number) =>
				`, plats ${sv.num(rank)} av ${sv.num(count)}`,
			riketMark: (label: string, value: number) =>
				`${label}, riket: ${sv.num(value, 1)}`,
		},
		heatmap: {
			title: (year: number) =>
				`Serviceområden per myndighetsområde, ${sv.year(year)}`,
			description:
				"Rutnät: myndighetsområden i rader och de sex serviceområdena i kolumner (information, tillgänglighet, bemötande, kompetens, rättssäkerhet, effektivitet). Mörkare blå är högre index (0–100). Streckad kant betyder exempeldata.",
			weakest: "Svagast för NKI totalt: ",
			weakestFactor: (label: string, value: number, riket: number | null) =>
				`${label} ${sv.num(value)}${riket !== null ? ` (riket ${sv.num(riket)})` : ""}`,
			empty: "Inga serviceområden finns för året.",
			missing: "saknas",
			cell: (area: string, factor: string, value: string, suffix: string) =>
				`${area}, ${factor}: ${value}${suffix}`,
		},
		trend: {
			title: "NKI totalt per år",
			description: (breakYears: readonly number[]) =>
				`Linje: kommunens NKI totalt per år, streckad linje: riket. ${breakYears.length > 0 ? `Lodrät linje markerar definitionsbrott: från ${breakYears.map(sv.year).join(", ")} räknas NKI totalt på andra områden, så åren före och efter är inte helt jämförbara.` : ""}`,
			empty: "Ingen tidsserie för NKI totalt.",
			newDefinition: (year: number) => `Ny definition ${sv.year(year)}`,
			breakNote: (
				year: number,
				removed: readonly string[],
				added: readonly string[],
				previousYear: number,
			) =>
				`${sv.year(year)}: NKI totalt omfattar inte längre ${removed.join(" och ")}${added.length > 0 ? ` men nu ${added.join(" och ")}` : ""} (jämfört med ${sv.year(previousYear)}).`,
			legendOwn: (name: string) => `${name} (publicerad)`,
			legendBreak: "Definitionsbrott",
			dot: (year: number, value: number, provenance: string) =>
				`${sv.year(year)}: NKI ${sv.num(value)} (${provenance})`,
		},
		table: {
			originOf: (what: string) => `Ursprung ${what.toLowerCase()}`,
			area: "Område",
			grade: "Betyg",
			rank: "Placering",
			rankedCount: "Antal rankade",
			year: "År",
			riket: "Riket",
			provenance: "Ursprung",
		},
		sentence: {
			nkiFor: (area: string) => `NKI för ${area}`,
			vsRiket: (value: number) => ` (riket ${sv.num(value)})`,
			rank: (rank: number, count: number) =>
				`, plats ${sv.num(rank)} av ${sv.num(count)}`,
			weakest: (label: string, value: number) =>
				` Svagast serviceområde: ${label} (${sv.num(value)}).`,
			summary: (
				year: number,
				name: string,
				what: string,
				value: number,
				vsRiket: string,
				grade: string,
				rank: string,
				weak: string,
			) =>
				`I SKR Insikt ${sv.year(year)} fick ${name} ${what} ${sv.num(value)}${vsRiket}, betyget ${grade.toLowerCase()}${rank}.${weak}`,
		},
	},
	en: {
		heading: (name) => `Service to businesses (SKR Insikt) in ${name}`,
		source: "SKR Insikt (via Kolada)",
		noResults: (name) => `There are no Insikt results for ${name}.`,
		noResultsHelp:
			"SKR's Insikt service survey covers only participating municipalities and the cases businesses had that year; about 100 municipalities have no value in a given year. Results can be fetched from Kolada with npm run kolada, or imported as a file on the Import page.",
		showing: (year, rankingYear) =>
			`Showing Insikt ${en.year(year)}${rankingYear !== null && rankingYear !== year ? `, the latest year up to the ranking year ${en.year(rankingYear)}` : ""}. The Insikt year is the year the cases were handled; results are published in April the year after.`,
		noneUpTo: (name, rankingYear, first) =>
			`There are no Insikt results for ${name} up to the ranking year ${en.year(rankingYear)}${first === null ? "." : `; the first year with results is ${en.year(first)}.`}`,
		noneUpToHelp:
			"The page shows what was known for the chosen ranking year, so a later Insikt year is not shown in its place. Choose a later year to see the results.",
		ranks: {
			title: (year) => `Rank among municipalities ${en.year(year)}`,
			rankOf: (rank, count) => `rank ${en.num(rank)} of ${en.num(count)}`,
			notRanked: "not ranked",
			national: (value) => ` · national ${en.num(value)}`,
			answers: (count) => ` · ${en.count(count, "answer", "answers")}`,
			howRanked:
				"The ranks are computed here, as Kolada holds only index values: descending NKI, equal values share a rank (1, 2, 2, 4), among the municipalities with a value for the area.",
			nui: (value, provenance) =>
				`Procurement is measured as NUI and reported separately: ${en.num(value)} (${provenance}).`,
		},
		areas: {
			title: (year) =>
				`NKI per area against the national level, ${en.year(year)}`,
			description:
				"Bars: the municipality's NKI (0–100) per area. Black mark: the national level. Coloured bands behind: SKR's grades, very low below 50, low 50–61, pass 62–69, high 70–79, very high from 80.",
			printDescription:
				"The municipality's NKI per area against the national level, with SKR's grades (very low <50, low 50–61, pass 62–69, high 70–79, very high ≥80).",
			bar: (label, value) => `${label}: NKI ${en.num(value)}`,
			barRank: (rank, count) => `, rank ${en.num(rank)} of ${en.num(count)}`,
			riketMark: (label, value) => `${label}, national: ${en.num(value, 1)}`,
		},
		heatmap: {
			title: (year) => `Service factors per area, ${en.year(year)}`,
			description:
				"Grid: areas in rows and the six service factors in columns (information, accessibility, treatment, competence, legal certainty, efficiency). Darker blue is a higher index (0–100). A dashed edge means example data.",
			weakest: "Weakest for NKI total: ",
			weakestFactor: (label, value, riket) =>
				`${label} ${en.num(value)}${riket !== null ? ` (national ${en.num(riket)})` : ""}`,
			empty: "No service factors for the year.",
			missing: "missing",
			cell: (area, factor, value, suffix) =>
				`${area}, ${factor}: ${value}${suffix}`,
		},
		trend: {
			title: "NKI total per year",
			description: (breakYears) =>
				`Line: the municipality's NKI total per year, dashed: the national level. ${breakYears.length > 0 ? `A vertical line marks definition breaks: from ${breakYears.map(en.year).join(", ")} NKI total covers other areas, so the years before and after are not fully comparable.` : ""}`,
			empty: "No series for NKI total.",
			newDefinition: (year) => `New definition ${en.year(year)}`,
			breakNote: (year, removed, added, previousYear) =>
				`${en.year(year)}: NKI total no longer covers ${removed.join(" and ")}${added.length > 0 ? ` but now ${added.join(" and ")}` : ""} (compared with ${en.year(previousYear)}).`,
			legendOwn: (name) => `${name} (published)`,
			legendBreak: "Definition break",
			dot: (year, value, provenance) =>
				`${en.year(year)}: NKI ${en.num(value)} (${provenance})`,
		},
		table: {
			originOf: (what) => `Provenance: ${what.toLowerCase()}`,
			area: "Area",
			grade: "Grade",
			rank: "Rank",
			rankedCount: "Ranked",
			year: "Year",
			riket: "National",
			provenance: "Provenance",
		},
		sentence: {
			nkiFor: (area) => `NKI for ${area}`,
			vsRiket: (value) => ` (national ${en.num(value)})`,
			rank: (rank, count) => `, rank ${en.num(rank)} of ${en.num(count)}`,
			weakest: (label, value) =>
				` Weakest service factor: ${label} (${en.num(value)}).`,
			summary: (year, name, what, value, vsRiket, grade, rank, weak) =>
				`In SKR Insikt ${en.year(year)}, ${name} scored ${what} ${en.num(value)}${vsRiket}, grade "${grade}"${rank}.${weak}`,
		},
	},
});
