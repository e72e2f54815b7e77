import { MUNICIPALITY_COUNT, TOP_RANK } from "../../../domain/ids.ts";
import { FORMAT } from "../../i18n/format.ts";
import { defineMessages } from "../../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** Rankning: all 290 for a year, filtered, searched and sorted, with the focus municipality's standing. */
export const RANKINGS_MESSAGES = defineMessages({
	sv: {
		heading: (year: number) => `Rankning ${sv.year(year)}: alla kommuner`,
		headingLoading: "Rankning: alla kommuner",
		lead: (previousYear: number | null) =>
			`Placering i Svenskt Näringslivs ranking${previousYear === null ? "" : `, förändring sedan ${sv.year(previousYear)}`} och varje faktors värde och placering. Välj ett urval, sök, och sortera på valfri kolumn; en kommuns namn öppnar dess översikt.`,
		filters: {
			title: "Urval och visning",
			selection: "Urval",
			all: (count: number) => `Alla kommuner (${sv.num(count)})`,
			add: "Lägg till kommun",
			search: "Sök kommun eller kod",
			searchPlaceholder: "t.ex. Partille eller 1402",
			rankScope: "Placeringar inom urvalet",
			rankScopeHelp: `Annars bland alla ${sv.num(MUNICIPALITY_COUNT)} kommuner.`,
			show: "Faktorer visas som",
			showBoth: "värde och placering",
			showRank: "placering",
			showValue: "värde",
			showFocus: (name: string) => `Visa ${name} i tabellen`,
			compareThese: "Jämför urvalet",
			compareTooMany: (max: number) =>
				`Jämför tar högst ${sv.num(max)} kommuner; välj ett mindre urval.`,
		},
		table: {
			caption: (year: number, shown: string, selection: string) =>
				`Rankning ${sv.year(year)}, ${selection}: ${shown}`,
			shown: (count: number) => sv.count(count, "kommun", "kommuner"),
			scrollLabel: (caption: string) => `${caption} (rullbar tabell)`,
			name: "Kommun",
			rank: "Placering",
			rankWithin: "Placering i urvalet",
			change: (year: number) => `Förändring sedan ${sv.year(year)}`,
			changeShort: "Förändring",
			code: "Kod",
			county: "Län",
			kommungrupp: "Kommungrupp",
			basics: "Kommunen",
			survey: "Enkätsvar (Svenskt Näringsliv)",
			statistic: "Statistik (SCB, UC)",
			rankWord: "placering",
			focus: "vald kommun",
			noMatch: "Ingen kommun i urvalet matchar sökningen.",
			opens: (name: string) => `Öppna översikten för ${name}`,
		},
		marks: {
			title: "Ursprung",
			published: "Utan markering: publicerad siffra.",
			imported: "efter ett värde: importerat från en fil.",
			synthetic:
				"Kursiv med prickad understrykning: exempeldata (syntetisk, inte publicerad).",
			ranks: `Faktorplaceringarna räknar Topp10 fram ur värdena: 1 = bäst, lika värden delar placering. Siffran inom parentes är placeringen.`,
			importedMark: "i",
		},
		source:
			"Svenskt Näringsliv, Lokalt företagsklimat (placering, enkät, statistik); faktorplaceringar och placeringar inom urval: Topp10",
		export: {
			title: (year: number, selection: string) =>
				`Lokalt företagsklimat ${sv.year(year)}, ${selection}`,
			fileName: (year: number, selection: string) =>
				`rankning ${sv.year(year)} ${selection}`,
			label: "ladda ner tabellen",
			focusNote: (name: string) => `Vald kommun: ${name}`,
			sortedBy: (column: string) => `Sorterad efter ${column}`,
			search: (text: string) => `Sökning: ${text}`,
			rankOf: (label: string) => `${label}, placering`,
			rankWithinOf: (label: string) => `${label}, placering i urvalet`,
			withinNote:
				"Placering i urvalet: räknad av Topp10 inom urvalet ur placeringarna bland alla kommuner.",
		},
		focus: {
			title: (name: string, selection: string) =>
				`${name} per fråga bland ${selection}`,
			lead: (
				name: string,
				rank: number | null,
				of: number,
				withinRank: number | null,
				withinOf: number,
			) =>
				`${name} har ${rank === null ? "ingen placering" : `${sv.rank(rank)} plats av ${sv.num(of)}`} i landet och ${withinRank === null ? "ingen placering" : `${sv.rank(withinRank)} plats av ${sv.num(withinOf)}`} i urvalet.`,
			notMember: (name: string) =>
				`${name} ingår inte i urvalet; placeringarna i urvalet räknas med ${name} tillagd.`,
			topNames: (names: string) => `Urvalets ${TOP_RANK} bästa: ${names}.`,
			factor: "Fråga eller faktor",
			value: "Värde",
			national: "Placering i landet",
			within: "Placering i urvalet",
			topMean: `Medel, urvalets ${TOP_RANK} bästa`,
			amongTop: `Placering bland de ${TOP_RANK} bästa`,
			of: (rank: number | null, of: number) =>
				rank === null ? "–" : `${sv.num(rank)} av ${sv.num(of)}`,
			fileName: (name: string, year: number) =>
				`${name} per fraga ${sv.year(year)}`,
			ofColumn: (label: string) => `${label}, av antal`,
			download: (title: string) => `ladda ner ${title}`,
		},
		ownList: "egen lista",
		allSelection: "alla kommuner",
	},
	en: {
		heading: (year) => `Ranking ${en.year(year)}: all municipalities`,
		headingLoading: "Ranking: all municipalities",
		lead: (previousYear) =>
			`Rank in Svenskt Näringsliv's ranking${previousYear === null ? "" : `, change since ${en.year(previousYear)}`} and each factor's value and rank. Choose a selection, search, and sort by any column; a municipality's name opens its overview.`,
		filters: {
			title: "Selection and view",
			selection: "Selection",
			all: (count) => `All municipalities (${en.num(count)})`,
			add: "Add a municipality",
			search: "Search municipality or code",
			searchPlaceholder: "e.g. Partille or 1402",
			rankScope: "Ranks within the selection",
			rankScopeHelp: `Otherwise among all ${en.num(MUNICIPALITY_COUNT)} municipalities.`,
			show: "Factors shown as",
			showBoth: "value and rank",
			showRank: "rank",
			showValue: "value",
			showFocus: (name) => `Show ${name} in the table`,
			compareThese: "Compare the selection",
			compareTooMany: (max) =>
				`Compare takes at most ${en.num(max)} municipalities; choose a smaller selection.`,
		},
		table: {
			caption: (year, shown, selection) =>
				`Ranking ${en.year(year)}, ${selection}: ${shown}`,
			shown: (count) => en.count(count, "municipality", "municipalities"),
			scrollLabel: (caption) => `${caption} (scrollable table)`,
			name: "Municipality",
			rank: "Rank",
			rankWithin: "Rank in the selection",
			change: (year) => `Change since ${en.year(year)}`,
			changeShort: "Change",
			code: "Code",
			county: "County",
			kommungrupp: "Municipality group",
			basics: "The municipality",
			survey: "Survey (Svenskt Näringsliv)",
			statistic: "Statistics (SCB, UC)",
			rankWord: "rank",
			focus: "chosen municipality",
			noMatch: "No municipality in the selection matches the search.",
			opens: (name) => `Open the overview of ${name}`,
		},
		marks: {
			title: "Provenance",
			published: "No mark: published figure.",
			imported: "after a value: imported from a file.",
			synthetic:
				"Italic with a dotted underline: example data (synthetic, not published).",
			ranks:
				"Topp10 computes the factor ranks from the values: 1 = best, equal values share a rank. The number in brackets is the rank.",
			importedMark: "i",
		},
		source:
			"Svenskt Näringsliv, Lokalt företagsklimat (rank, survey, statistics); factor ranks and ranks within a selection: Topp10",
		export: {
			title: (year, selection) =>
				`Lokalt företagsklimat ${en.year(year)}, ${selection}`,
			fileName: (year, selection) => `ranking ${en.year(year)} ${selection}`,
			label: "download the table",
			focusNote: (name) => `Chosen municipality: ${name}`,
			sortedBy: (column) => `Sorted by ${column}`,
			search: (text) => `Search: ${text}`,
			rankOf: (label) => `${label}, rank`,
			rankWithinOf: (label) => `${label}, rank in the selection`,
			withinNote:
				"Rank in the selection: computed by Topp10 within the selection from the ranks among all municipalities.",
		},
		focus: {
			title: (name, selection) => `${name} per question among ${selection}`,
			lead: (name, rank, of, withinRank, withinOf) =>
				`${name} is ${rank === null ? "unranked" : `${en.rank(rank)} of ${en.num(of)}`} in the country and ${withinRank === null ? "unranked" : `${en.rank(withinRank)} of ${en.num(withinOf)}`} in the selection.`,
			notMember: (name) =>
				`${name} is not in the selection; ranks in the selection are counted with ${name} added.`,
			topNames: (names) => `The selection's ${TOP_RANK} best: ${names}.`,
			factor: "Question or factor",
			value: "Value",
			national: "Rank in the country",
			within: "Rank in the selection",
			topMean: `Mean of the selection's ${TOP_RANK} best`,
			amongTop: `Rank among the ${TOP_RANK} best`,
			of: (rank, of) =>
				rank === null ? "–" : `${en.num(rank)} of ${en.num(of)}`,
			fileName: (name, year) => `${name} per question ${en.year(year)}`,
			ofColumn: (label) => `${label}, out of`,
			download: (title) => `download ${title}`,
		},
		ownList: "own list",
		allSelection: "all municipalities",
	},
});
