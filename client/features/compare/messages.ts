import { TOP_RANK } from "../../../domain/ids.ts";
import { FORMAT } from "../../i18n/format.ts";
import { defineMessages } from "../../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** Jämför: the peer group, the ranks per year, the table side by side and NKI against rank. */
export const COMPARE_MESSAGES = defineMessages({
	sv: {
		heading: (name: string) => `Jämför ${name} med andra kommuner`,
		emptyGroup: "Gruppen har inga kommuner.",
		notInGroup:
			"Den valda kommunen ingår inte i gruppen; välj Egen lista för att lägga till den.",
		ownList: "egen lista",
		peers: {
			title: "Jämförelsegrupp",
			group: "Grupp",
			custom: "Egen lista…",
			add: "Lägg till",
			chosen: "Valda kommuner",
			remove: (name: string) => `Ta bort ${name}`,
			limit: (max: number) =>
				`Högst ${sv.num(max)} kommuner. Listan sparas i adressen (koder=…), så den kan delas.`,
			source: "Källa för gruppen: ",
		},
		ranks: {
			title: "Placering per år",
			titleFor: (group: string) => `Placering per år: ${group}`,
			description: `Linjediagram med varje kommuns placering per år, placering 1 överst. Den valda kommunen är ritad med tjock linje, de andra med en färg och linjetyp var och namnet vid linjens slut. Streckad orange linje vid placering ${TOP_RANK}.`,
			legendHelp:
				"Peka på eller tabba till en kommun för att framhäva dess linje; tryck för att behålla den.",
			source: "Svenskt Näringsliv, Lokalt företagsklimat",
			empty: "Ingen av kommunerna har någon placering.",
			printSubtitle: (name: string) => `${name} och jämförelsegruppen`,
			printDescription: (name: string, group: string | null) =>
				`${name} (tjock linje) och övriga kommuner i ${group ?? "gruppen"}, placering per år.`,
		},
		table: {
			title: (year: number) => `Kommunerna sida vid sida, ${sv.year(year)}`,
			help: (model: string, spearman: number | null, within5: number | null) =>
				`Klicka på en kolumnrubrik för att sortera. Modellerad placering är ${model.toLowerCase()} (Spearmans ρ ${sv.num(spearman, 2)}, ${sv.pct(within5)} inom ±5 placeringar), inte Svenskt Näringslivs egen metod. Kursiva värden är exempeldata.`,
			source:
				"Svenskt Näringsliv (placering, faktorer); SKR Insikt via Kolada (NKI); modellerad placering: Topp10",
			fileName: (group: string, year: number) =>
				`jamfor ${group} ${sv.year(year)}`,
			municipality: "Kommun",
			code: "Kod",
			year: "År",
			rank: "Placering",
			rankIn: (year: number) => `Placering ${sv.year(year)}`,
			modelled: "Modellerad placering",
			download: (title: string) => `ladda ner ${title}`,
			nki: "NKI totalt",
			groupRanking: "Rankning",
			groupSurvey: "Enkätsvar (Svenskt Näringsliv)",
			groupStatistics: "Statistik (SCB, UC)",
			groupInsikt: "Insikt (SKR)",
			modelNote: (model: string) =>
				`Modellerad placering: ${model.toLowerCase()} (Topp10:s modell, inte Svenskt Näringslivs metod).`,
			nkiYear: "NKI-år",
			nkiWithYear: (value: number, year: number) =>
				`${sv.num(value)} (${sv.year(year)})`,
		},
		scatter: {
			title: (year: number) =>
				`Insikt NKI och placering i rankingen, ${sv.year(year)}`,
			description: (year: number, rho: number | null) =>
				`Punktdiagram: NKI totalt i SKR Insikt (vågrätt, senaste Insikt-året till och med ${sv.year(year)}) mot placeringen i Svenskt Näringslivs ranking (lodrätt, 1 överst). Punkter högt upp till höger har både nöjda företag i myndighetsutövningen och en bra placering. ${rho !== null ? `Rangkorrelation i gruppen: ${sv.num(rho, 2)} (negativ betyder att högre NKI går med bättre placering).` : ""}`,
			source: "SKR Insikt via Kolada (NKI); Svenskt Näringsliv (placering)",
			others: "Övriga",
			empty: "Ingen kommun i gruppen har både NKI och placering.",
			emptyHelp:
				"Insikt-värden saknas för ungefär 100 kommuner varje år, och rankingen är bara delvis laddad.",
			xAxis: "NKI totalt (SKR Insikt)",
			yAxis: "Placering (SN)",
			point: (name: string, nki: number, nkiYear: number, rank: number) =>
				`${name}: NKI ${sv.num(nki)} (${sv.year(nkiYear)}), ${sv.rank(rank)} plats`,
		},
		similar: {
			title: (name: string) => `Kommuner som liknar ${name}`,
			lead: (count: number, name: string, year: number) =>
				`${sv.count(count, "kommun", "kommuner")} som mest liknar ${name} ${sv.year(year)} på de valda indikatorerna, som i Koladas likhetsutsökning.`,
			used: "Jämfört på",
			weighted: (label: string, weight: number) =>
				`${label} (vikt ${sv.num(weight, weight % 1 === 0 ? 0 : 1)})`,
			kommungrupp: "Kommungrupp (SKR)",
			nki: (area: string, year: number | null) =>
				`${area}, NKI${year === null ? "" : ` ${sv.year(year)}`}`,
			caption: (name: string, year: number) =>
				`Kommuner som liknar ${name}, ${sv.year(year)}`,
			order: "Nr",
			municipality: "Kommun",
			difference: "Skillnadsindex",
			coverage: "Jämförd vikt",
			rank: (year: number) => `Placering ${sv.year(year)}`,
			kommungruppColumn: "Kommungrupp",
			empty: "Ingen kommun kunde jämföras på de valda indikatorerna.",
			use: "Använd som jämförelsegrupp",
			inUse: (name: string, count: number) =>
				`Jämförelsegruppen är ${name} och ${sv.count(count, "liknande kommun", "liknande kommuner")}.`,
			groupLabel: (name: string, count: number) =>
				`${name} och ${sv.count(count, "liknande kommun", "liknande kommuner")}`,
			methodTitle: "Så räknas skillnadsindexet",
			method: (name: string, year: number) =>
				`Skillnadsindexet är Gowers avstånd. För varje vald indikator räknas skillnaden mellan ${name} och den andra kommunen som |a − b| delat med indikatorns spridning, det vill säga högsta minus lägsta värdet bland alla kommuner ${sv.year(year)}, så att den hamnar mellan 0 och 1. För kommungrupp är skillnaden 0 i samma grupp och 1 annars. Indexet är det viktade medelvärdet av skillnaderna över de indikatorer som båda kommunerna har värden för: 0 betyder lika på allt som jämförs, 1 så olika som två kommuner var det året. Jämförd vikt är den andel av vikten som kunde jämföras; kommuner under hälften tas inte med.`,
			choose: "Välj indikatorer och vikter",
			groupKommungrupp: "Kommungrupp",
			groupSurvey: "Enkätsvar (Svenskt Näringsliv)",
			groupStatistics: "Statistik (SCB, UC)",
			groupNki: "SKR Insikt, NKI per område",
			weight: (label: string) => `Vikt för ${label}`,
			count: "Antal kommuner",
			apply: "Visa liknande kommuner",
			reset: "Standardvalet",
			defaultNote:
				"Standardvalet är kommungrupp och årets statistiska faktorer, med vikt 1 var.",
			noneChosen: "Välj minst en indikator.",
			source:
				"Svenskt Näringsliv (faktorer), SKR Insikt via Kolada (NKI), SKR (kommungrupp); skillnadsindex: Topp10",
			fileName: (name: string, year: number) =>
				`liknande ${name} ${sv.year(year)}`,
			download: (name: string) => `ladda ner kommuner som liknar ${name}`,
		},
		dot: (name: string, year: number, rank: number) =>
			`${name} ${sv.year(year)}: ${sv.rank(rank)}`,
	},
	en: {
		heading: (name) => `Compare ${name} with other municipalities`,
		emptyGroup: "The group has no municipalities.",
		notInGroup:
			"The chosen municipality is not in the group; choose Own list to add it.",
		ownList: "own list",
		peers: {
			title: "Peer group",
			group: "Group",
			custom: "Own list…",
			add: "Add",
			chosen: "Chosen municipalities",
			remove: (name) => `Remove ${name}`,
			limit: (max) =>
				`At most ${en.num(max)} municipalities. The list is kept in the address (koder=…), so it can be shared.`,
			source: "Source of the group: ",
		},
		ranks: {
			title: "Rank per year",
			titleFor: (group) => `Rank per year: ${group}`,
			description: `Line chart of each municipality's rank per year, rank 1 at the top. The chosen municipality is drawn with a thick line, the others each in a colour and line style of its own with the name at the line's end. Dashed orange line at rank ${TOP_RANK}.`,
			legendHelp:
				"Point at or tab to a municipality to highlight its line; press it to keep the highlight.",
			source: "Svenskt Näringsliv, Lokalt företagsklimat",
			empty: "None of the municipalities has a rank.",
			printSubtitle: (name) => `${name} and its peers`,
			printDescription: (name, group) =>
				`${name} (thick line) and the other municipalities in ${group ?? "the group"}, rank per year.`,
		},
		table: {
			title: (year) => `The municipalities side by side, ${en.year(year)}`,
			help: (_model, spearman, within5) =>
				`Click a column heading to sort. The modelled rank is Topp10's model (Spearman's ρ ${en.num(spearman, 2)}, ${en.pct(within5)} within ±5 places), not Svenskt Näringsliv's own method. Italic values are example data.`,
			source:
				"Svenskt Näringsliv (rank, factors); SKR Insikt via Kolada (NKI); modelled rank: Topp10",
			fileName: (group, year) => `jamfor ${group} ${en.year(year)}`,
			municipality: "Municipality",
			code: "Code",
			year: "Year",
			rank: "Rank",
			rankIn: (year) => `Rank ${en.year(year)}`,
			modelled: "Modelled rank",
			download: (title) => `download ${title}`,
			nki: "NKI total",
			groupRanking: "Ranking",
			groupSurvey: "Survey (Svenskt Näringsliv)",
			groupStatistics: "Statistics (SCB, UC)",
			groupInsikt: "Insikt (SKR)",
			modelNote: (model) =>
				`Modelled rank: ${model.toLowerCase()} (Topp10's model, not Svenskt Näringsliv's method).`,
			nkiYear: "NKI year",
			nkiWithYear: (value, year) => `${en.num(value)} (${en.year(year)})`,
		},
		scatter: {
			title: (year) => `Insikt NKI and rank in the ranking, ${en.year(year)}`,
			description: (year, rho) =>
				`Scatter: NKI total in SKR Insikt (horizontal, latest Insikt year up to ${en.year(year)}) against the rank in Svenskt Näringsliv's ranking (vertical, 1 at the top). ${rho !== null ? `Rank correlation in the group: ${en.num(rho, 2)} (negative means a higher NKI goes with a better rank).` : ""}`,
			source: "SKR Insikt via Kolada (NKI); Svenskt Näringsliv (rank)",
			others: "Others",
			empty: "No municipality in the group has both NKI and a rank.",
			emptyHelp:
				"Insikt values are missing for about 100 municipalities each year, and the ranking is only partly loaded.",
			xAxis: "NKI total (SKR Insikt)",
			yAxis: "Rank (SN)",
			point: (name, nki, nkiYear, rank) =>
				`${name}: NKI ${en.num(nki)} (${en.year(nkiYear)}), ${en.rank(rank)} place`,
		},
		similar: {
			title: (name) => `Municipalities like ${name}`,
			lead: (count, name, year) =>
				`The ${en.count(count, "municipality", "municipalities")} most like ${name} in ${en.year(year)} on the chosen indicators, as in Kolada's similarity search.`,
			used: "Compared on",
			weighted: (label, weight) =>
				`${label} (weight ${en.num(weight, weight % 1 === 0 ? 0 : 1)})`,
			kommungrupp: "Municipality group (SKR)",
			nki: (area, year) =>
				`${area}, NKI${year === null ? "" : ` ${en.year(year)}`}`,
			caption: (name, year) => `Municipalities like ${name}, ${en.year(year)}`,
			order: "No.",
			municipality: "Municipality",
			difference: "Difference index",
			coverage: "Weight compared",
			rank: (year) => `Rank ${en.year(year)}`,
			kommungruppColumn: "Municipality group",
			empty: "No municipality could be compared on the chosen indicators.",
			use: "Use as the peer group",
			inUse: (name, count) =>
				`The peer group is ${name} and ${en.count(count, "similar municipality", "similar municipalities")}.`,
			groupLabel: (name, count) =>
				`${name} and ${en.count(count, "similar municipality", "similar municipalities")}`,
			methodTitle: "How the difference index is computed",
			method: (name, year) =>
				`The difference index is Gower's distance. For each chosen indicator the difference between ${name} and the other municipality is |a − b| divided by the indicator's range, that is the highest minus the lowest value among all municipalities in ${en.year(year)}, so that it lies between 0 and 1. For the municipality group the difference is 0 in the same group and 1 otherwise. The index is the weighted mean of the differences over the indicators both municipalities have values for: 0 means the same on everything compared, 1 as different as any two municipalities were that year. Weight compared is the share of the weight that could be compared; municipalities below half are left out.`,
			choose: "Choose indicators and weights",
			groupKommungrupp: "Municipality group",
			groupSurvey: "Survey (Svenskt Näringsliv)",
			groupStatistics: "Statistics (SCB, UC)",
			groupNki: "SKR Insikt, NKI per area",
			weight: (label) => `Weight for ${label}`,
			count: "Number of municipalities",
			apply: "Show similar municipalities",
			reset: "The default choice",
			defaultNote:
				"The default is the municipality group and the year's statistical factors, weight 1 each.",
			noneChosen: "Choose at least one indicator.",
			source:
				"Svenskt Näringsliv (factors), SKR Insikt via Kolada (NKI), SKR (municipality group); difference index: Topp10",
			fileName: (name, year) => `similar ${name} ${en.year(year)}`,
			download: (name) => `download the municipalities like ${name}`,
		},
		dot: (name, year, rank) => `${name} ${en.year(year)}: ${en.rank(rank)}`,
	},
});
