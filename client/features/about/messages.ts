import { MIN_MAY_SIGNAL_PAIRS } from "../../../analysis/maySignal.ts";
import { MUNICIPALITY_COUNT, TOP_RANK } from "../../../domain/ids.ts";
import { FORMAT } from "../../i18n/format.ts";
import { defineMessages } from "../../i18n/messages.ts";

const sv = FORMAT.sv;
const en = FORMAT.en;

/** Om data: sources and licences, what is synthetic and why, the methods, and the definition breaks. */
export const ABOUT_MESSAGES = defineMessages({
	sv: {
		heading: "Om data och metoder",
		sources: {
			title: "Källor och licenser",
			sn: `Rankingen av alla ${sv.num(MUNICIPALITY_COUNT)} kommuner (september) och enkätresultaten med sammanfattande omdöme (maj). Publicerade siffror citeras med källa per rad. Källa: Svenskt Näringsliv.`,
			through: "via",
			insikt:
				"Servicemätningen av kommunernas myndighetsutövning mot företag: NKI per område och sex serviceområden. Öppna data; Källa: Kolada.",
			municipalities: "Kommuner och län",
			municipalitiesText:
				"koder, namn och län från SCB via den fria datamängden swedish-geodata (CC0). Göteborgsregionens 13 medlemmar enligt GR.",
			loadedYears: (ranking: string, survey: string, insikt: string) =>
				`Laddade år: ranking ${ranking}, enkät ${survey}, Insikt ${insikt}.`,
			complete: (ranking: string, survey: string, insikt: string) =>
				`Senaste fullständiga år, som sidorna visar om inget annat år väljs: ranking ${ranking}, enkät ${survey}, Insikt ${insikt}.`,
			incomplete: (years: string) =>
				`Ofullständiga rankingår (alla ${sv.num(MUNICIPALITY_COUNT)} kommuner finns inte med): ${years}. De kan väljas och flaggas, men jämförelser med alla kommuner (modell, grannar, faktorplaceringar, jämförelser) görs inte för dem.`,
			yearCount: (year: number, count: number) =>
				`${sv.year(year)} (${sv.num(count)} av ${sv.num(MUNICIPALITY_COUNT)})`,
		},
		synthetic: {
			title: "Vad är syntetiskt, och varför",
			why: `Det finns ingen öppen tabell med alla ${sv.num(MUNICIPALITY_COUNT)} kommuners placering, faktorvärden och Insikt-resultat för alla år. Svenskt Näringsliv publicerar rankingen per år och enkätsvaren per kommun, men inte som en samlad fil; Kolada saknar värde för ungefär 100 kommuner per år. För att sidorna ska gå att använda och testa fylls luckorna med syntetiska exempeldata.`,
			seeded:
				"Syntetiska siffror genereras med ett fast frö (samma siffror varje gång, npm run fixtures:generate) och kalibreras mot de publicerade siffrorna, som aldrig skrivs över.",
			marked:
				"Varje siffra bär sitt ursprung: publicerad, importerad eller syntetisk. Syntetiska visas med märket Exempeldata och ihåliga punkter; varje sida med sådana siffror har en gul ruta överst, och den utskrivna rapporten säger Exempeldata på varje sida.",
			notQuoted:
				"Syntetiska siffror får inte citeras som Svenskt Näringslivs eller SKR:s resultat. Importera riktiga filer på Import-sidan för att ersätta dem år för år.",
			loadedFiles: "Inlästa filer och deras ursprung",
			file: "Fil",
			provenance: "Ursprung",
			years: "År",
			rows: "Rader",
		},
		methods: {
			title: "Metoder",
			trendTitle: "Trend och mål",
			trend: `Trenden är en rät linje genom årens placeringar (minst tre år). Prognosen för målåret visas med ett 80 %-prediktionsintervall. ”I fas” betyder att prognosen når topp ${TOP_RANK} till målåret.`,
			maySignalTitle: "Majsignalen",
			maySignal: `Enkätresultaten kommer i maj, rankingen i september. En rät linje placering ~ sammanfattande omdöme anpassas till tidigare års par av majomdöme och septemberplacering (minst ${sv.num(MIN_MAY_SIGNAL_PAIRS)} par), och ger en väntad placering med 80 %-intervall, R² och n.`,
			modelTitle: "Modellen bakom gap och tänk om",
			model:
				"Svenskt Näringsliv redovisar inte hur faktorerna vägs samman till totalrankingen. Topp10 använder därför en egen, namngiven modell och mäter dess träffsäkerhet mot samma års publicerade placeringar. Modellen och dess träffsäkerhet står bredvid varje modellerat resultat.",
			weights:
				"Faktorlistan och vikterna är data per år. 2016–2019 är publicerade (18 faktorer, sammanfattande omdöme väger 6/18). Från 2020 har rankingen 17 faktorer; den exakta listan och vikterna är inte publicerade och är ett antagande i den medföljande datan.",
			insiktTitle: "Insikt: betyg och placeringar",
			grades: (bands: string) => `SKR:s betyg på avrundat NKI: ${bands}.`,
			insiktRanks:
				"Kolada har bara indexvärden, så placeringar räknas här: fallande NKI, lika värden delar placering.",
			yearTitle: "Ett år i taget",
			year: "En sida eller rapport för år Y visar det som var känt för Y: placering, gap, takten som behövs från Y:s placering till målåret, trend och prognos anpassade på åren till och med Y, majsignalen för Y, grannarna och Insikt för Y (senaste Insikt-året till och med Y, eller en mening om att det inte finns något). Senare år kan ritas, märkta som efter Y. Ett passerat målår bedöms efter det årets placering.",
			provenanceTitle: "Ursprung per siffra",
			provenance:
				"Varje härledd siffra (förändring, gap, takt, bedömning, modellerad placering, prognos) är syntetisk om någon av siffrorna den bygger på är det. Modellerade siffror jämför alla kommuners faktorvärden och är därför syntetiska så länge något faktorvärde är det. Varje nedladdad tabell har titel, kommun, år, källa, datum och en ursprungskolumn per värde.",
			factorRanksTitle: "Placering per fråga",
			factorRanks:
				"Placeringen per enkätfråga och statistikfaktor räknas av Topp10 ur alla kommuners värden för året (lika värden delar plats, åt det håll som är bättre för faktorn) och anges som plats av antalet kommuner med värde.",
			smallestTitle: "Minsta ändring och billigaste väg",
			smallest:
				"För varje faktor ensam visas värdet som skulle ge plats 10 i modellen, storleken i standardavvikelser och varför det är utom räckhåll (utanför skalan, bättre än årets bästa värde, eller ingen effekt). Den billigaste vägen genom två eller tre faktorer håller varje faktor inom årets bästa värde och minimerar summan av kvadrerade ändringar i standardavvikelser.",
		},
		breaks: {
			title: "Definitionsbrott",
			snLabel: "2020, Svenskt Näringsliv:",
			sn: "ny metod med 17 i stället för 18 faktorer (12 enkätfrågor väger 2/3, 5 statistikfaktorer 1/3). Placeringar före och efter 2020 är inte helt jämförbara; linjen ”Ny metod 2020” markerar brottet i diagrammen.",
			insiktLabel: (year: number) => `${sv.year(year)}, SKR Insikt:`,
			insikt: (removed: readonly string[], added: readonly string[]) =>
				`NKI totalt omfattar inte längre ${removed.join(" och ")}${added.length > 0 ? `, men nu ${added.join(" och ")}` : ""}.`,
			noDefinitions:
				"SKR Insikt: från 2024 omfattar NKI totalt bara bygglov, miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd (inga Insikt-definitioner är laddade).",
			areasPerYear: "Områden i NKI totalt per år",
			year: "År",
			areas: "Områden",
		},
	},
	en: {
		heading: "About the data and methods",
		sources: {
			title: "Sources and licences",
			sn: `The ranking of all ${en.num(MUNICIPALITY_COUNT)} municipalities (September) and the survey results with the overall score (May). Published figures are quoted with their source per row. Source: Svenskt Näringsliv.`,
			through: "through",
			insikt:
				"The survey of municipal regulatory services to businesses: NKI per area and six service factors. Open data; Source: Kolada.",
			municipalities: "Municipalities and counties",
			municipalitiesText:
				"codes, names and counties from SCB through the free data set swedish-geodata (CC0). The 13 members of Göteborgsregionen as listed by GR.",
			loadedYears: (ranking, survey, insikt) =>
				`Loaded years: ranking ${ranking}, survey ${survey}, Insikt ${insikt}.`,
			complete: (ranking, survey, insikt) =>
				`The latest complete years, which the pages show unless another year is chosen: ranking ${ranking}, survey ${survey}, Insikt ${insikt}.`,
			incomplete: (years) =>
				`Incomplete ranking years (not all ${en.num(MUNICIPALITY_COUNT)} municipalities are in them): ${years}. They can be chosen and are flagged, but comparisons with all municipalities (model, neighbours, factor ranks, comparisons) are not made for them.`,
			yearCount: (year, count) =>
				`${en.year(year)} (${en.num(count)} of ${en.num(MUNICIPALITY_COUNT)})`,
		},
		synthetic: {
			title: "What is synthetic, and why",
			why: `No open table holds the rank, factor values and Insikt results of all ${en.num(MUNICIPALITY_COUNT)} municipalities for every year. Svenskt Näringsliv publishes the ranking per year and the survey answers per municipality, but not as one file; Kolada lacks values for about 100 municipalities a year. To make the pages usable and testable, the gaps are filled with synthetic example data.`,
			seeded:
				"Synthetic figures are generated with a fixed seed (the same figures every time, npm run fixtures:generate) and calibrated to the published figures, which are never overwritten.",
			marked:
				"Every figure carries its provenance: published, imported or synthetic. Synthetic ones show the Example data badge and hollow dots; every page with such figures has a yellow box at the top, and the printed report says Example data on every page.",
			notQuoted:
				"Synthetic figures must not be quoted as Svenskt Näringsliv's or SKR's results. Import real files on the Import page to replace them year by year.",
			loadedFiles: "Loaded files and their provenance",
			file: "File",
			provenance: "Provenance",
			years: "Years",
			rows: "Rows",
		},
		methods: {
			title: "Methods",
			trendTitle: "Trend and target",
			trend: `The trend is a straight line through the years' ranks (at least three years). The projection for the target year is shown with an 80% prediction band. “On track” means the projection reaches the top ${TOP_RANK} by the target year.`,
			maySignalTitle: "The May signal",
			maySignal: `The survey results come in May, the ranking in September. A straight line rank ~ overall score is fitted to earlier years' pairs of May score and September rank (at least ${en.num(MIN_MAY_SIGNAL_PAIRS)} pairs), giving an expected rank with an 80% band, R² and n.`,
			modelTitle: "The model behind the gap and what-if",
			model:
				"Svenskt Näringsliv does not publish how the factors are combined into the total ranking. Topp10 therefore uses its own, named model and measures its fit against the same year's ranks. The model and its fit stand next to every modelled result.",
			weights:
				"The factor list and weights are data per year. 2016–2019 are published (18 factors, the overall score weighs 6/18). From 2020 the ranking has 17 factors; the exact list and weights are not published and are an assumption in the bundled data.",
			insiktTitle: "Insikt: grades and ranks",
			grades: (bands) => `SKR's grades on the rounded NKI: ${bands}.`,
			insiktRanks:
				"Kolada holds only index values, so ranks are computed here: descending NKI, equal values share a rank.",
			yearTitle: "One year at a time",
			year: "A page or report for year Y shows what was known for Y: the rank, the gap, the pace needed from Y's rank to the target year, the trend and projection fitted on the years up to Y, the May signal of Y, the neighbours and Insikt of Y (the latest Insikt year up to Y, or a sentence saying there is none). Later years may be drawn, marked as after Y. A passed target year is judged by that year's rank.",
			provenanceTitle: "Provenance per figure",
			provenance:
				"Every derived figure (change, gap, pace, verdict, modelled rank, projection) is synthetic when any figure it rests on is. Modelled figures compare every municipality's factor values and are therefore synthetic while any factor value is. Every downloaded table has a title, municipality, year, source, date and a provenance column per value.",
			factorRanksTitle: "Rank per question",
			factorRanks:
				"The rank per survey question and statistical factor is computed by Topp10 from every municipality's values that year (equal values share a place, in the direction that is better for the factor) and given as a place out of the municipalities with a value.",
			smallestTitle: "Smallest change and cheapest path",
			smallest:
				"For each factor alone the page shows the value that would give rank 10 under the model, its size in standard deviations and why it is out of reach (outside the scale, better than the year's best value, or no effect). The cheapest path through two or three factors keeps each factor within the year's best value and minimises the sum of squared changes in standard deviations.",
		},
		breaks: {
			title: "Definition breaks",
			snLabel: "2020, Svenskt Näringsliv:",
			sn: "a new method with 17 instead of 18 factors (12 survey questions weigh 2/3, 5 statistics 1/3). Ranks before and after 2020 are not fully comparable; the line “New method 2020” marks the break in the charts.",
			insiktLabel: (year) => `${en.year(year)}, SKR Insikt:`,
			insikt: (removed, added) =>
				`NKI total no longer covers ${removed.join(" and ")}${added.length > 0 ? `, but now ${added.join(" and ")}` : ""}.`,
			noDefinitions:
				"SKR Insikt: from 2024 NKI total covers only building permits, environment and health, food control and alcohol licences (no Insikt definitions are loaded).",
			areasPerYear: "Areas in NKI total per year",
			year: "Year",
			areas: "Areas",
		},
	},
});
