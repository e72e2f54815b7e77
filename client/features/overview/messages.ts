import { MUNICIPALITY_COUNT, TOP_RANK } from "../../../domain/ids.ts";
import { FORMAT } from "../../i18n/format.ts";
import { defineMessages } from "../../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** Översikt: the rank, the key figures, the trend chart, the May signal and the neighbours. */
export const OVERVIEW_MESSAGES = defineMessages({
	sv: {
		heading: (genitiveName: string) =>
			`${genitiveName} placering i företagsklimatet`,
		noRankYet: (name: string) => `Det finns ingen placering för ${name} ännu.`,
		noRankYetHelp: `Den medföljande datamängden innehåller bara de placeringar Svenskt Näringsliv har publicerat för ett urval kommuner. Importera rankingen (Import-sidan eller npm run import) för att se alla ${sv.num(MUNICIPALITY_COUNT)}.`,
		targetYear: `Målår för topp ${TOP_RANK}`,
		trend: {
			title: "Placering i Svenskt Näringslivs ranking, per år",
			description: `Linjediagram med placering per år, placering 1 överst. Streckad linje vid placering ${TOP_RANK}. Fyllda punkter är publicerade siffror, ihåliga är exempeldata. Lodrät linje 2020 markerar den nya metoden (17 i stället för 18 faktorer).`,
			source:
				"Svenskt Näringsliv, Lokalt företagsklimat (foretagsklimat.se); trend och prognos: Topp10",
			sourceShort:
				"Svenskt Näringsliv, Lokalt företagsklimat; trend och prognos: Topp10",
			empty: "Ingen placering finns att rita.",
			rankAxis: "Placering",
			target: (year: number) => `Mål ${sv.year(year)}`,
			dot: (year: number, rank: number, provenance: string) =>
				`${sv.year(year)}: ${sv.rank(rank)} plats (${provenance})`,
			rankWithProvenance: (rank: number, provenance: string) =>
				`${sv.rank(rank)} plats (${provenance})`,
			projection: (year: number, rank: number, low: number, high: number) =>
				`Prognos ${sv.year(year)}: ${sv.rank(rank)} plats (80 %: ${sv.num(low)}–${sv.num(high)})`,
			projectionTooltip: (rank: number, low: number, high: number) =>
				`Prognos ${sv.rank(rank)} (${sv.num(low)}–${sv.num(high)})`,
			legendTargetYear: "Målår",
			legendProjection: "Trend och prognos (80 %)",
			legendMethodChange: "Ny metod 2020 (17 i stället för 18 faktorer)",
			methodChange: "Ny metod 2020",
			afterYear: (year: number) => `Efter ${sv.year(year)}`,
			legendAfterYear: (year: number) =>
				`År efter ${sv.year(year)}: visas, men trend och prognos bygger bara på åren till och med ${sv.year(year)}`,
			dotAfter: (
				year: number,
				rank: number,
				provenance: string,
				asOf: number,
			) =>
				`${sv.year(year)}: ${sv.rank(rank)} plats (${provenance}, efter ${sv.year(asOf)})`,
			descriptionAfter: (year: number) =>
				` Åren efter ${sv.year(year)} visas ljusare och ingår inte i trenden.`,
		},
		table: {
			year: "År",
			rank: "Placering",
			rankProvenance: "Ursprung placering",
			change: "Förändring",
			changeProvenance: "Ursprung förändring",
			score: "Sammanfattande omdöme",
			scoreProvenance: "Ursprung omdöme",
			rankSource: "Källa placering",
			scoreSource: "Källa omdöme",
			afterYear: (year: number) => `Efter ${sv.year(year)}`,
			yes: "ja",
			csvTitle: (name: string) => `Placering per år, ${name}`,
		},
		cards: {
			label: "Nyckeltal",
			rank: (year: number) => `Placering ${sv.year(year)}`,
			ofTotal: `av ${sv.num(MUNICIPALITY_COUNT)}`,
			noRankThisYear: "Ingen placering detta år",
			change: "Förändring",
			changeSince: (year: number) => `Förändring sedan ${sv.year(year)}`,
			noEarlierYear: "Inget tidigare år att jämföra med",
			placesToTop10: `Placeringar till topp ${TOP_RANK}`,
			withinTop10: `Inom topp ${TOP_RANK}`,
			placesPerYear: (perYear: number, year: number) =>
				`${sv.num(perYear, 1)} placeringar per år behövs till ${sv.year(year)}`,
			places: (count: number) => sv.plural(count, "placering", "placeringar"),
			pace: "takten",
			scoreGap: `Omdöme jämfört med nr ${TOP_RANK}`,
			scoreAgainst: (
				score: number | null,
				theirs: number | null,
				name: string | null,
			) =>
				`Sammanfattande omdöme ${sv.num(score, 2)} mot ${sv.num(theirs, 2)} för ${name ?? `nr ${TOP_RANK}`} (skala 1–6)`,
			scoreWithoutNumberTen: `Sammanfattande omdöme (1–6); nr ${TOP_RANK}:s omdöme saknas detta år`,
			noScore: (year: number) =>
				`Sammanfattande omdöme saknas för ${sv.year(year)}`,
			track: (year: number) => `Mot målet ${sv.year(year)}`,
			status: {
				"on-track": "I fas",
				"off-track": "Inte i fas",
				"in-top10": `I topp ${TOP_RANK}`,
				reached: "Målet nåddes",
				missed: "Målet nåddes inte",
				"insufficient-data": "För få år",
			},
			trendPoints: (rank: number, year: number, band: string) =>
				`Trenden pekar mot ${sv.rank(rank)} plats ${sv.year(year)}${band}`,
			projectionWhat: "prognosen",
			targetYearRank: (rank: number, year: number) =>
				`${sv.rank(rank)} plats ${sv.year(year)} (mål: topp ${TOP_RANK})`,
			noTargetYearRank: (year: number) =>
				`Ingen placering finns för ${sv.year(year)}`,
			band: (level: number, low: number, high: number) =>
				` (${sv.num(level * 100)} %: ${sv.num(low)}–${sv.num(high)})`,
			tooFewYears: "Minst tre år med placering behövs för en trend",
		},
		sentence: {
			noRank: (name: string, year: number) =>
				`${name} har ingen placering ${sv.year(year)}.`,
			within: (name: string, rank: number, year: number) =>
				`${name} placerade sig på ${sv.rank(rank)} plats ${sv.year(year)}, inom topp ${TOP_RANK}.`,
			away: (name: string, rank: number, year: number, places: number) =>
				`${name} placerade sig på ${sv.rank(rank)} plats ${sv.year(year)}, ${sv.count(places, "placering", "placeringar")} från topp ${TOP_RANK}.`,
			ranked: (name: string, rank: number, year: number) =>
				`${name} placerade sig på ${sv.rank(rank)} plats ${sv.year(year)}.`,
			status: {
				"on-track": (year: number) =>
					`Med nuvarande trend nås målet till ${sv.year(year)}.`,
				"off-track": (year: number) =>
					`Med nuvarande trend nås inte målet till ${sv.year(year)}.`,
				"in-top10": (year: number) =>
					`Senaste placeringen är inom topp ${TOP_RANK}; målet är att hålla den till ${sv.year(year)}.`,
				reached: (year: number, rank: number | null) =>
					`Målet topp ${TOP_RANK} år ${sv.year(year)} nåddes${rank === null ? "" : `: ${sv.rank(rank)} plats`}.`,
				missed: (year: number, rank: number | null) =>
					`Målet topp ${TOP_RANK} år ${sv.year(year)} nåddes inte${rank === null ? "" : `: ${sv.rank(rank)} plats`}.`,
				"insufficient-data": (year: number) =>
					`Det finns för få år med placering för att bedöma trenden mot målet ${sv.year(year)}.`,
			},
		},
		maySignal: {
			title: "Majsignalen: väntad placering i september",
			none: "Inget majresultat finns för kommunen.",
			noneHelp:
				"Svenskt Näringsliv publicerar enkätsvaren i maj och rankingen i september. När ett sammanfattande omdöme för året är importerat visas här vilken septemberplacering det brukar ge.",
			band: (rank: number, low: number | null, high: number | null) =>
				`Väntad placering ${sv.num(rank)}, intervall ${sv.num(low)}–${sv.num(high)} av ${sv.num(MUNICIPALITY_COUNT)}`,
			mayScore: "Majomdöme",
			expectedRank: "Väntad placering",
			atLeastNeeded: (pairs: number) => ` (minst ${sv.num(pairs)} behövs)`,
			fit: "Anpassning",
			fitRank: "placering",
			fitScore: "omdöme",
			notYet: (year: number, score: number, pairs: number, minPairs: number) =>
				`Majenkätens sammanfattande omdöme ${sv.year(year)} är ${sv.num(score, 2)}. Någon väntad septemberplacering kan inte skattas än: det finns ${sv.num(pairs)} tidigare par av majomdöme och septemberplacering, minst ${sv.num(minPairs)} behövs.`,
			expected: (year: number, score: number, rank: number) =>
				`Majenkätens sammanfattande omdöme ${sv.year(year)} är ${sv.num(score, 2)}, vilket pekar mot ungefär ${sv.rank(rank)} plats i september`,
			interval: (level: number, low: number, high: number) =>
				` (${sv.num(level * 100)} %-intervall ${sv.num(low)}–${sv.num(high)})`,
			basis: (pairs: number, rSquared: number | null) =>
				` Skattningen bygger på ${sv.count(pairs, "par", "par")}, R² = ${sv.num(rSquared, 2)}.`,
			outcome: (rank: number) =>
				` Utfallet i september blev ${sv.rank(rank)} plats.`,
			score: "omdöme",
			expectedWhat: "väntad placering",
			actual: "Utfall i september",
		},
		neighbours: {
			title: (year: number) => `Närmast över och under ${sv.year(year)}`,
			rank: "placering",
			score: "omdöme",
			rankAndScore: "placering och omdöme",
			none: "Inga grannar finns i rankingen detta år (bara en del av listan är laddad).",
			cannotShow: (year: number, reason: string) =>
				`Grannarna i rankingen kan inte visas för ${sv.year(year)}: ${reason}`,
		},
	},
	en: {
		heading: (genitiveName) => `${genitiveName} rank in the business climate`,
		noRankYet: (name) => `There is no rank for ${name} yet.`,
		noRankYetHelp: `The bundled data set holds only the ranks Svenskt Näringsliv has published for a few municipalities. Import the ranking (the Import page or npm run import) to see all ${en.num(MUNICIPALITY_COUNT)}.`,
		targetYear: `Target year for the top ${TOP_RANK}`,
		trend: {
			title: "Rank in Svenskt Näringsliv's ranking, per year",
			description: `Line chart of the rank per year, rank 1 at the top. Dashed line at rank ${TOP_RANK}. Filled dots are published figures, hollow dots example data. A vertical line at 2020 marks the new method (17 instead of 18 factors).`,
			source:
				"Svenskt Näringsliv, Lokalt företagsklimat (foretagsklimat.se); trend and projection: Topp10",
			sourceShort:
				"Svenskt Näringsliv, Lokalt företagsklimat; trend and projection: Topp10",
			empty: "There is no rank to chart.",
			rankAxis: "Rank",
			target: (year) => `Target ${en.year(year)}`,
			dot: (year, rank, provenance) =>
				`${en.year(year)}: ${en.rank(rank)} place (${provenance})`,
			rankWithProvenance: (rank, provenance) =>
				`${en.rank(rank)} place (${provenance})`,
			projection: (year, rank, low, high) =>
				`Projection ${en.year(year)}: ${en.rank(rank)} (80%: ${en.num(low)}–${en.num(high)})`,
			projectionTooltip: (rank, low, high) =>
				`Projection ${en.rank(rank)} (${en.num(low)}–${en.num(high)})`,
			legendTargetYear: "Target year",
			legendProjection: "Trend and projection (80%)",
			legendMethodChange: "New method 2020 (17 instead of 18 factors)",
			methodChange: "New method 2020",
			afterYear: (year) => `After ${en.year(year)}`,
			legendAfterYear: (year) =>
				`Years after ${en.year(year)}: shown, but the trend and projection use only the years up to ${en.year(year)}`,
			dotAfter: (year, rank, provenance, asOf) =>
				`${en.year(year)}: ${en.rank(rank)} place (${provenance}, after ${en.year(asOf)})`,
			descriptionAfter: (year) =>
				` The years after ${en.year(year)} are drawn lighter and are not part of the trend.`,
		},
		table: {
			year: "Year",
			rank: "Rank",
			rankProvenance: "Rank provenance",
			change: "Change",
			changeProvenance: "Change provenance",
			score: "Overall survey score",
			scoreProvenance: "Score provenance",
			rankSource: "Rank source",
			scoreSource: "Score source",
			afterYear: (year) => `After ${en.year(year)}`,
			yes: "yes",
			csvTitle: (name) => `Rank per year, ${name}`,
		},
		cards: {
			label: "Key figures",
			rank: (year) => `Rank ${en.year(year)}`,
			ofTotal: `of ${en.num(MUNICIPALITY_COUNT)}`,
			noRankThisYear: "No rank this year",
			change: "Change",
			changeSince: (year) => `Change since ${en.year(year)}`,
			noEarlierYear: "No earlier year to compare with",
			placesToTop10: `Places to the top ${TOP_RANK}`,
			withinTop10: `Within the top ${TOP_RANK}`,
			placesPerYear: (perYear, year) =>
				`${en.num(perYear, 1)} places a year needed by ${en.year(year)}`,
			places: (count) => en.plural(count, "place", "places"),
			pace: "the pace",
			scoreGap: `Survey score versus no. ${TOP_RANK}`,
			scoreAgainst: (score, theirs, name) =>
				`Overall survey score ${en.num(score, 2)} against ${en.num(theirs, 2)} for ${name ?? `no. ${TOP_RANK}`} (scale 1–6)`,
			scoreWithoutNumberTen: `Overall survey score (1–6); no. ${TOP_RANK}'s score is missing this year`,
			noScore: (year) => `No overall survey score for ${en.year(year)}`,
			track: (year) => `Towards the target ${en.year(year)}`,
			status: {
				"on-track": "On track",
				"off-track": "Off track",
				"in-top10": `In the top ${TOP_RANK}`,
				reached: "Target reached",
				missed: "Target missed",
				"insufficient-data": "Too few years",
			},
			trendPoints: (rank, year, band) =>
				`The trend points to ${en.rank(rank)} in ${en.year(year)}${band}`,
			projectionWhat: "the projection",
			targetYearRank: (rank, year) =>
				`${en.rank(rank)} in ${en.year(year)} (target: the top ${TOP_RANK})`,
			noTargetYearRank: (year) => `There is no rank for ${en.year(year)}`,
			band: (level, low, high) =>
				` (${en.num(level * 100)}%: ${en.num(low)}–${en.num(high)})`,
			tooFewYears: "At least three ranked years are needed for a trend",
		},
		sentence: {
			noRank: (name, year) => `${name} has no rank for ${en.year(year)}.`,
			within: (name, rank, year) =>
				`${name} ranked ${en.rank(rank)} in ${en.year(year)}, within the top ${TOP_RANK}.`,
			away: (name, rank, year, places) =>
				`${name} ranked ${en.rank(rank)} in ${en.year(year)}, ${en.count(places, "place", "places")} from the top ${TOP_RANK}.`,
			ranked: (name, rank, year) =>
				`${name} ranked ${en.rank(rank)} in ${en.year(year)}.`,
			status: {
				"on-track": (year) =>
					`On the current trend the target is reached by ${en.year(year)}.`,
				"off-track": (year) =>
					`On the current trend the target is not reached by ${en.year(year)}.`,
				"in-top10": (year) =>
					`The latest rank is within the top ${TOP_RANK}; the target is to keep it until ${en.year(year)}.`,
				reached: (year, rank) =>
					`The target of the top ${TOP_RANK} in ${en.year(year)} was reached${rank === null ? "" : `: ${en.rank(rank)}`}.`,
				missed: (year, rank) =>
					`The target of the top ${TOP_RANK} in ${en.year(year)} was missed${rank === null ? "" : `: ${en.rank(rank)}`}.`,
				"insufficient-data": (year) =>
					`There are too few ranked years to judge the trend towards the target ${en.year(year)}.`,
			},
		},
		maySignal: {
			title: "The May signal: expected September rank",
			none: "There is no May survey result for the municipality.",
			noneHelp:
				"Svenskt Näringsliv publishes the survey in May and the ranking in September. Once a survey score for the year is imported, this panel shows the September rank it usually leads to.",
			band: (rank, low, high) =>
				`Expected rank ${en.num(rank)}, band ${en.num(low)}–${en.num(high)} of ${en.num(MUNICIPALITY_COUNT)}`,
			mayScore: "May score",
			expectedRank: "Expected rank",
			atLeastNeeded: (pairs) => ` (at least ${en.num(pairs)} needed)`,
			fit: "Fit",
			fitRank: "rank",
			fitScore: "score",
			notYet: (year, score, pairs, minPairs) =>
				`The May survey's overall score for ${en.year(year)} is ${en.num(score, 2)}. No expected September rank can be estimated yet: there ${pairs === 1 ? "is" : "are"} ${en.count(pairs, "earlier pair", "earlier pairs")} of May score and September rank, at least ${en.num(minPairs)} are needed.`,
			expected: (year, score, rank) =>
				`The May survey's overall score for ${en.year(year)} is ${en.num(score, 2)}, which points to about ${en.rank(rank)} place in September`,
			interval: (level, low, high) =>
				` (${en.num(level * 100)}% band ${en.num(low)}–${en.num(high)})`,
			basis: (pairs, rSquared) =>
				` The estimate rests on ${en.count(pairs, "pair", "pairs")}, R² = ${en.num(rSquared, 2)}.`,
			outcome: (rank) => ` The September result was ${en.rank(rank)}.`,
			score: "score",
			expectedWhat: "expected rank",
			actual: "September result",
		},
		neighbours: {
			title: (year) => `Just above and below ${en.year(year)}`,
			rank: "rank",
			score: "score",
			rankAndScore: "rank and score",
			none: "No neighbours in the ranking this year (only part of the list is loaded).",
			cannotShow: (year, reason) =>
				`The neighbours in the ranking cannot be shown for ${en.year(year)}: ${reason}`,
		},
	},
});
