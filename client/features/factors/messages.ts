import { TOP_RANK } from "../../../domain/ids.ts";
import { FORMAT } from "../../i18n/format.ts";
import { defineMessages } from "../../i18n/messages.ts";
import { rankChangeWords } from "../../i18n/rankChange.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** Faktorer: the gap per factor, the model, what-if, the smallest change and why the rank moved. */
export const FACTORS_MESSAGES = defineMessages({
	sv: {
		heading: (name: string) =>
			`Faktorer och vägen till topp ${TOP_RANK} för ${name}`,
		cannotShow: "Faktorerna kan inte visas: ",
		noFactorValues: (year: number) =>
			`Det finns inga faktorvärden för ${sv.year(year)}.`,
		noFactorValuesHelp:
			"Svenskt Näringsliv publicerar inte faktorvärdena för alla kommuner som en öppen tabell. Importera Svenskt Näringslivs statistik- och enkätfiler (Import-sidan eller npm run import), eller ladda den medföljande exempeldatan, så visas gapet per faktor, tänk om-reglagen och vad som förklarar förändringen.",
		lead: {
			noRank: (name: string, year: number) =>
				`${name} har ingen placering ${sv.year(year)}.`,
			within: (name: string, year: number) =>
				`${name} är inom topp ${TOP_RANK} ${sv.year(year)}.`,
			away: (name: string, places: number, year: number) =>
				`${name} är ${sv.count(places, "placering", "placeringar")} från topp ${TOP_RANK} ${sv.year(year)}. Faktorerna nedan är ordnade efter hur stor del av gapet till topp ${TOP_RANK} de förklarar i modellen.`,
		},
		source:
			"Svenskt Näringsliv (faktorvärden); gap och andelar: Topp10:s modell",
		numberTen: `nr ${TOP_RANK}`,
		table: {
			factor: "Faktor",
			kind: "Typ",
			weight: "Vikt",
			numberTen: `Nr ${TOP_RANK}`,
			top10Mean: `Topp ${TOP_RANK}-snitt`,
			gapToNumberTen: `Gap till nr ${TOP_RANK}`,
			share: "Andel av gapet (%)",
			contribution: "Bidrag",
			meanOf: (year: number) => `Snitt ${sv.year(year)}`,
			originOf: (what: string) => `Ursprung ${what}`,
			shareShort: "andel",
			originOfAll: "Ursprung (värden, snitt och bidrag)",
		},
		share: {
			title: `Vad förklarar gapet till topp ${TOP_RANK}`,
			description: `Liggande staplar: varje faktors andel av det modellerade gapet mellan kommunen och topp ${TOP_RANK}-snittet (vikt gånger skillnaden i standardiserat värde). Störst andel överst. En negativ andel betyder att faktorn är en styrka.`,
			printSubtitle: (name: string, year: number, count: number) =>
				`${name} ${sv.year(year)} · de ${count === 8 ? "åtta" : sv.num(count)} största`,
			printDescription: (model: string, spearman: number | null) =>
				`Varje faktors andel av det modellerade gapet till topp ${TOP_RANK}-snittet. Modell: ${model} (Spearmans ρ ${sv.num(spearman, 2)}), Topp10:s egen, inte Svenskt Näringslivs metod.`,
			printSource: "Svenskt Näringsliv (faktorvärden); Topp10:s modell",
			survey: "Enkätfaktor",
			statistic: "Statistikfaktor",
			ofTheGap: (share: number) => `${sv.pct(share)} av gapet`,
		},
		scores: {
			title: (name: string) =>
				`Enkätfaktorer: ${name}, nr ${TOP_RANK} och topp ${TOP_RANK}-snittet`,
			description: (name: string, numberTenName: string) =>
				`Liggande staplar på enkätskalan 1–6 (1 = dåligt, 6 = utmärkt): ${name}, nr ${TOP_RANK} (${numberTenName}) och snittet för topp ${TOP_RANK}, per enkätfaktor, i samma ordning som ovan.`,
			numberTenLegend: (name: string) => `Nr ${TOP_RANK} (${name})`,
			numberTenSeries: (name: string) => `nr ${TOP_RANK} (${name})`,
			top10MeanSeries: `topp ${TOP_RANK}-snitt`,
		},
		ranks: {
			title: (year: number) =>
				`Placering per fråga och faktor ${sv.year(year)}`,
			description:
				"Kommunens värde för varje fråga och statistikfaktor och dess plats bland alla kommuner med ett värde det året.",
			computed:
				"Placeringarna per fråga räknas fram av Topp10 ur alla kommuners värden (lika värden delar plats, åt det håll som är bättre för faktorn). Svenskt Näringsliv publicerar egna placeringar per fråga på sina kommunsidor; de kan skilja sig.",
			source:
				"Svenskt Näringsliv (värden); placering per fråga: Topp10:s beräkning",
			line: (
				label: string,
				value: string,
				rank: number | null,
				count: number,
			) =>
				`${label}: ${value}${rank === null ? ", ingen placering" : `, plats ${sv.num(rank)} av ${sv.num(count)}`}`,
			value: "Värde",
			valueProvenance: "Ursprung värde",
			rank: "Plats",
			rankedCount: "Av (kommuner med värde)",
			rankProvenance: "Ursprung plats",
			valueWhat: "värdet",
			rankWhat: "platsen",
			cannotShow: (reason: string) =>
				`Placeringarna per fråga kan inte visas: ${reason}`,
		},
		statistics: {
			title: "Statistikfaktorer",
			help: "Statistikfaktorerna har olika enheter och visas därför som tabell.",
			direction: "Riktning",
			higherIsBetter: "högre är bättre",
			lowerIsBetter: "lägre är bättre",
		},
		model: {
			boxLabel: "Modell och träffsäkerhet",
			model: "Modell:",
			spearman: "Spearmans ρ",
			within5: "inom ±5 placeringar",
			within10: "inom ±10",
			ranksOf: (year: number) =>
				`publicerade och övriga placeringar ${sv.year(year)}`,
			notSn:
				"Detta är Topp10:s egen modell, inte Svenskt Näringslivs metod: SN publicerar inte hur faktorerna vägs samman. Träffsäkerheten är mätt mot samma års placeringar.",
			howItWorks: "Så räknar modellen, och vikterna",
			weights: (year: number) => `Faktorvikter ${sv.year(year)}`,
			higherIsBetter: "Högre är bättre",
			yes: "ja",
			no: "nej",
		},
		whatIf: {
			title: "Tänk om: ändra faktorerna",
			help: "Flytta reglagen för att pröva andra faktorvärden. Modellen räknar om placeringen med årets vikter; övriga kommuner ligger still. Värdena sparas i adressen, så vyn kan delas.",
			failed: "Kunde inte räkna om: ",
			modelledRank: "Modellerad placering",
			withoutChanges: "utan ändringar",
			climbed: (places: number) => ` (${rankChangeWords(places, "sv")})`,
			publishedRank: (year: number) =>
				`Placering i rankingen ${sv.year(year)}:`,
			computing: "Räknar…",
			reset: "Återställ",
			weight: (share: number) => `(vikt ${sv.pct(share, 1)})`,
			now: "nu",
			numberTen: `nr ${TOP_RANK}`,
			top10Mean: `topp ${TOP_RANK}-snitt`,
			lowerIsBetter: " · lägre är bättre",
			changes: "Ändringarna och deras effekt i modellen",
			from: "Från",
			to: "Till",
			effect: "Effekt på modellpoäng",
		},
		smallest: {
			title: `Minsta ändring av en enda faktor som når plats ${TOP_RANK}`,
			alreadyThere: (rank: number, targetRank: number) =>
				`Modellen placerar redan kommunen på ${sv.rank(rank)} plats, inom topp ${sv.num(targetRank)}.`,
			help: (rank: number, targetRank: number, year: number) =>
				`Modellen placerar kommunen på ${sv.rank(rank)} plats ${sv.year(year)}. Tabellen visar vilket värde varje faktor ensam skulle behöva, allt annat lika, för plats ${sv.num(targetRank)}, hur många standardavvikelser det är, och varför värdet är utom räckhåll när det är det: utanför faktorns skala, bättre än det bästa någon kommun hade året (årets bästa), eller en faktor som inte påverkar modellen (ingen spridning eller vikt). "Prova" lägger värdet på reglaget ovan, så tänk om-beräkningen visar samma placering.`,
			now: "Nu",
			needed: "Behövs",
			change: "Ändring",
			sd: "Standardavvikelser",
			reach: "Inom räckhåll?",
			reachable: "ja",
			unrealistic: (realisticSd: number) =>
				`ja, men mer än ${sv.num(realisticSd)} standardavvikelser`,
			outsideScale: (min: number | null, max: number | null) =>
				`nej: utanför faktorns skala (${sv.num(min, 0)}–${sv.num(max, 0)})`,
			beyondBest: (
				higherIsBetter: boolean,
				best: number,
				year: number,
				digits: number,
			) =>
				`nej: ${higherIsBetter ? "högre" : "lägre"} än det bästa någon kommun hade ${sv.year(year)} (${sv.num(best, digits)})`,
			noEffect:
				"nej: faktorn påverkar inte modellen (ingen spridning eller vikt)",
			try: "Prova",
			tryLabel: (label: string, value: string) => `Prova ${label} ${value}`,
			pathsTitle: `Billigaste vägen till plats ${TOP_RANK} genom två eller tre faktorer`,
			pathsHelp:
				"Flera faktorer tillsammans, var och en högst till det bästa värde någon kommun hade året. Billigast betyder minst summa av kvadrerade ändringar i standardavvikelser, så två måttliga ändringar väger lättare än en stor.",
			pathTitle: (size: number) =>
				`Genom ${size === 2 ? "två" : size === 3 ? "tre" : sv.num(size)} faktorer`,
			pathSummary: (total: number, largest: number, rank: number) =>
				`Sammanlagt ${sv.num(total, 1)} standardavvikelser, störst ${sv.num(largest, 1)}; modellerad placering ${sv.rank(rank)}.`,
			to: "Till",
			noPath: (targetRank: number) =>
				`Inte ens tre faktorer tillsammans når plats ${sv.num(targetRank)} utan att gå förbi årets bästa värden.`,
			tryPath: "Prova vägen",
			tryPathLabel: (size: number) =>
				`Prova vägen genom ${sv.num(size)} faktorer i tänk om-reglagen`,
		},
		attribution: {
			title: (year: number) =>
				`Varför placeringen ändrades sedan ${sv.year(year)}`,
			description:
				"Liggande staplar åt höger drog upp den modellerade placeringen, åt vänster drog ned, mellan de två åren. Varje år standardiseras för sig, så en faktor kan dra ned trots att kommunens eget värde steg, om de andra steg mer.",
			modelMoved: (from: number | null, to: number | null) =>
				`Modellens placering ändrades ${sv.num(from)} → ${sv.num(to)}.`,
			noFactorMoved: "Inga faktorer ändrade den modellerade placeringen.",
			noEarlierTitle: "Varför placeringen ändrades",
			noEarlier:
				"Det finns inget tidigare år med faktorvärden att jämföra med.",
			pulledUp: "Drog upp placeringen",
			pulledDown: "Drog ned placeringen",
			barUp: (label: string, value: string) => `${label}: ${value} (drog upp)`,
			barDown: (label: string, value: string) =>
				`${label}: ${value} (drog ned)`,
		},
		sentence: {
			noRank: (name: string, year: number) =>
				`${name} saknar placering ${sv.year(year)}, så förändringen kan inte mätas.`,
			kept: (name: string, rank: number, from: number, to: number) =>
				`${name} behöll ${sv.rank(rank)} plats mellan ${sv.year(from)} och ${sv.year(to)}.`,
			moved: (
				name: string,
				climbed: boolean,
				places: number,
				years: [number, number],
				ranks: [number, number],
			) =>
				`${name} ${climbed ? "klättrade" : "föll"} ${sv.count(places, "placering", "placeringar")} mellan ${sv.year(years[0])} och ${sv.year(years[1])}, från ${sv.rank(ranks[0])} till ${sv.rank(ranks[1])} plats.`,
			noFactors:
				"Det finns inga faktorresultat för båda åren, så förändringen kan inte fördelas på faktorer.",
			modelDisagrees: (from: number | null, to: number | null) =>
				`Modellen fångar inte den rörelsen: den modellerade placeringen gick i stället från ${sv.rank(from)} till ${sv.rank(to)}, och det förklaras mest av`,
			explainedBy: "Enligt modellen förklaras förändringen mest av",
			valueMissing: (lead: string, label: string) =>
				`${lead} ${label}, men värdet saknas för ett av åren.`,
			unchanged: (value: number) =>
				`värdet var oförändrat (${sv.num(value, 2)})`,
			ours: (rose: boolean, from: number, to: number) =>
				`värdet ${rose ? "steg" : "sjönk"} från ${sv.num(from, 2)} till ${sv.num(to, 2)}`,
			others: (rose: boolean, from: number | null, to: number | null) =>
				`snittet för alla kommuner ${rose ? "steg" : "sjönk"} från ${sv.num(from, 2)} till ${sv.num(to, 2)}`,
			pulledUp: "så faktorn drog upp placeringen",
			pulledDown: "så faktorn drog ned placeringen",
			othersBetter: (ours: string, others: string, effect: string) =>
				`${ours}, men de andra kommunerna förbättrades mer (${others}), ${effect}.`,
			othersWorse: (ours: string, others: string, effect: string) =>
				`${ours}, men de andra kommunerna försämrades mer (${others}), ${effect}.`,
			whileOthers: (ours: string, others: string, effect: string) =>
				`${ours} medan ${others}, ${effect}.`,
			alone: (ours: string, effect: string) => `${ours}, ${effect}.`,
		},
	},
	en: {
		heading: (name) =>
			`Factors and the path to the top ${TOP_RANK} for ${name}`,
		cannotShow: "The factors cannot be shown: ",
		noFactorValues: (year) =>
			`There are no factor values for ${en.year(year)}.`,
		noFactorValuesHelp:
			"Svenskt Näringsliv does not publish the factor values of all municipalities as an open table. Import SN's statistics and survey files (the Import page or npm run import), or load the bundled example data, to see the gap per factor, the what-if sliders and what explains the change.",
		lead: {
			noRank: (name, year) => `${name} has no rank for ${en.year(year)}.`,
			within: (name, year) =>
				`${name} is within the top ${TOP_RANK} in ${en.year(year)}.`,
			away: (name, places, year) =>
				`${name} is ${en.count(places, "place", "places")} from the top ${TOP_RANK} in ${en.year(year)}. The factors below are ordered by how much of the gap to the top ${TOP_RANK} they explain under the model.`,
		},
		source:
			"Svenskt Näringsliv (factor values); gap and shares: Topp10's model",
		numberTen: `no. ${TOP_RANK}`,
		table: {
			factor: "Factor",
			kind: "Kind",
			weight: "Weight",
			numberTen: `No. ${TOP_RANK}`,
			top10Mean: `Top-${TOP_RANK} mean`,
			gapToNumberTen: `Gap to no. ${TOP_RANK}`,
			share: "Share of the gap (%)",
			contribution: "Contribution",
			meanOf: (year) => `Mean ${en.year(year)}`,
			originOf: (what) => `Provenance: ${what}`,
			shareShort: "share",
			originOfAll: "Provenance (values, means and contributions)",
		},
		share: {
			title: `What explains the gap to the top ${TOP_RANK}`,
			description: `Horizontal bars: each factor's share of the modelled gap between the municipality and the top-${TOP_RANK} mean (weight times the difference in standardised value). Largest share at the top. A negative share means the factor is a strength.`,
			printSubtitle: (name, year, count) =>
				`${name} ${en.year(year)} · the ${count === 8 ? "eight" : en.num(count)} largest`,
			printDescription: (_model, spearman) =>
				`Each factor's share of the modelled gap to the top-${TOP_RANK} mean. Model: Topp10's own (Spearman's ρ ${en.num(spearman, 2)}), not Svenskt Näringsliv's method.`,
			printSource: "Svenskt Näringsliv (factor values); Topp10's model",
			survey: "Survey factor",
			statistic: "Statistical factor",
			ofTheGap: (share) => `${en.pct(share)} of the gap`,
		},
		scores: {
			title: (name) =>
				`Survey factors: ${name}, no. ${TOP_RANK} and the top-${TOP_RANK} mean`,
			description: (name, numberTenName) =>
				`Horizontal bars on the survey scale 1–6 (1 = poor, 6 = excellent): ${name}, no. ${TOP_RANK} (${numberTenName}) and the top-${TOP_RANK} mean, per survey factor, in the same order as above.`,
			numberTenLegend: (name) => `No. ${TOP_RANK} (${name})`,
			numberTenSeries: (name) => `no. ${TOP_RANK} (${name})`,
			top10MeanSeries: `top-${TOP_RANK} mean`,
		},
		ranks: {
			title: (year) => `Rank per question and factor ${en.year(year)}`,
			description:
				"The municipality's value for every question and statistical factor, and its place among all municipalities with a value that year.",
			computed:
				"The ranks per question are computed by Topp10 from every municipality's values (equal values share a place, in the direction that is better for the factor). Svenskt Näringsliv publishes its own ranks per question on its municipality pages; they may differ.",
			source:
				"Svenskt Näringsliv (values); rank per question: computed by Topp10",
			line: (label, value, rank, count) =>
				`${label}: ${value}${rank === null ? ", no rank" : `, rank ${en.num(rank)} of ${en.num(count)}`}`,
			value: "Value",
			valueProvenance: "Value provenance",
			rank: "Rank",
			rankedCount: "Of (municipalities with a value)",
			rankProvenance: "Rank provenance",
			valueWhat: "the value",
			rankWhat: "the rank",
			cannotShow: (reason) =>
				`The ranks per question cannot be shown: ${reason}`,
		},
		statistics: {
			title: "Statistical factors",
			help: "The statistical factors have different units and are shown as a table.",
			direction: "Direction",
			higherIsBetter: "higher is better",
			lowerIsBetter: "lower is better",
		},
		model: {
			boxLabel: "Model and fit",
			model: "Model:",
			spearman: "Spearman's ρ",
			within5: "within ±5 places",
			within10: "within ±10",
			ranksOf: (year) => `ranks of ${en.year(year)}`,
			notSn:
				"This is Topp10's own model, not Svenskt Näringsliv's method: SN does not publish how the factors are combined. The fit is measured against the same year's ranks.",
			howItWorks: "How the model works, and the weights",
			weights: (year) => `Factor weights ${en.year(year)}`,
			higherIsBetter: "Higher is better",
			yes: "yes",
			no: "no",
		},
		whatIf: {
			title: "What if: change the factors",
			help: "Move the sliders to try other factor values. The model recomputes the rank with the year's weights; other municipalities stay as they are. The values are kept in the address, so the view can be shared.",
			failed: "Could not recompute: ",
			modelledRank: "Modelled rank",
			withoutChanges: "without changes",
			climbed: (places) => ` (${rankChangeWords(places, "en")})`,
			publishedRank: (year) => `Rank in the ranking ${en.year(year)}:`,
			computing: "Computing…",
			reset: "Reset",
			weight: (share) => `(weight ${en.pct(share, 1)})`,
			now: "now",
			numberTen: `no. ${TOP_RANK}`,
			top10Mean: `top-${TOP_RANK} mean`,
			lowerIsBetter: " · lower is better",
			changes: "The changes and their effect in the model",
			from: "From",
			to: "To",
			effect: "Effect on model score",
		},
		smallest: {
			title: `Smallest change of a single factor that reaches rank ${TOP_RANK}`,
			alreadyThere: (rank, targetRank) =>
				`The model already ranks the municipality ${en.rank(rank)}, within the top ${en.num(targetRank)}.`,
			help: (rank, targetRank, year) =>
				`The model ranks the municipality ${en.rank(rank)} in ${en.year(year)}. The table shows the value each factor alone would need, all else equal, for rank ${en.num(targetRank)}, how many standard deviations that is, and why the value is out of reach when it is: outside the factor's scale, better than the best any municipality had that year (the year's best), or a factor that does not move the model (no spread or weight). "Try" puts the value on the slider above, so the what-if shows the same rank.`,
			now: "Now",
			needed: "Needed",
			change: "Change",
			sd: "Standard deviations",
			reach: "Within reach?",
			reachable: "yes",
			unrealistic: (realisticSd) =>
				`yes, but more than ${en.num(realisticSd)} standard deviations`,
			outsideScale: (min, max) =>
				`no: outside the scale ${en.num(min, 0)}–${en.num(max, 0)}`,
			beyondBest: (higherIsBetter, best, year, digits) =>
				`no: ${higherIsBetter ? "above" : "below"} the best of ${en.year(year)}, ${en.num(best, digits)}`,
			noEffect: "no: does not move the model",
			try: "Try",
			tryLabel: (label, value) => `Try ${label} ${value}`,
			pathsTitle: `Cheapest way to rank ${TOP_RANK} through two or three factors`,
			pathsHelp:
				"Several factors together, each at most to the best value any municipality had that year. Cheapest means the least sum of squared changes in standard deviations, so two moderate changes count for less than one large one.",
			pathTitle: (size) =>
				`Through ${size === 2 ? "two" : size === 3 ? "three" : en.num(size)} factors`,
			pathSummary: (total, largest, rank) =>
				`In all ${en.num(total, 1)} standard deviations, the largest ${en.num(largest, 1)}; modelled rank ${en.rank(rank)}.`,
			to: "To",
			noPath: (targetRank) =>
				`Not even three factors together reach rank ${en.num(targetRank)} without going past the year's best values.`,
			tryPath: "Try the path",
			tryPathLabel: (size) =>
				`Try the path through ${en.num(size)} factors on the what-if sliders`,
		},
		attribution: {
			title: (year) => `Why the rank changed since ${en.year(year)}`,
			description:
				"Bars to the right pulled the modelled rank up, to the left down, between the two years. Each year is standardised on its own, so a factor can pull down even though the municipality's own value rose, if the others rose more.",
			modelMoved: (from, to) =>
				`The model's rank moved ${en.num(from)} → ${en.num(to)}.`,
			noFactorMoved: "No factor changed the modelled rank.",
			noEarlierTitle: "Why the rank changed",
			noEarlier: "There is no earlier year with factor values to compare with.",
			pulledUp: "Pulled the rank up",
			pulledDown: "Pulled the rank down",
			barUp: (label, value) => `${label}: ${value} (pulled up)`,
			barDown: (label, value) => `${label}: ${value} (pulled down)`,
		},
		sentence: {
			noRank: (name, year) =>
				`${name} has no rank for ${en.year(year)}, so the change cannot be measured.`,
			kept: (name, rank, from, to) =>
				`${name} kept ${en.rank(rank)} place between ${en.year(from)} and ${en.year(to)}.`,
			moved: (name, climbed, places, years, ranks) =>
				`${name} ${climbed ? "climbed" : "fell"} ${en.count(places, "place", "places")} between ${en.year(years[0])} and ${en.year(years[1])}, from ${en.rank(ranks[0])} to ${en.rank(ranks[1])}.`,
			noFactors:
				"There are no factor results for both years, so the change cannot be split by factor.",
			modelDisagrees: (from, to) =>
				`The model does not capture that move: the modelled rank went from ${en.rank(from)} to ${en.rank(to)} instead, explained mostly by`,
			explainedBy: "Under the model, the change is explained mostly by",
			valueMissing: (lead, label) =>
				`${lead} ${label}, but its value is missing for one of the years.`,
			unchanged: (value) => `the value was unchanged (${en.num(value, 2)})`,
			ours: (rose, from, to) =>
				`the value ${rose ? "rose" : "fell"} from ${en.num(from, 2)} to ${en.num(to, 2)}`,
			others: (rose, from, to) =>
				`the mean of all municipalities ${rose ? "rose" : "fell"} from ${en.num(from, 2)} to ${en.num(to, 2)}`,
			pulledUp: "so the factor pulled the rank up",
			pulledDown: "so the factor pulled the rank down",
			othersBetter: (ours, others, effect) =>
				`${ours}, but the others improved more (${others}), ${effect}.`,
			othersWorse: (ours, others, effect) =>
				`${ours}, but the others did worse still (${others}), ${effect}.`,
			whileOthers: (ours, others, effect) =>
				`${ours} while ${others}, ${effect}.`,
			alone: (ours, effect) => `${ours}, ${effect}.`,
		},
	},
});
