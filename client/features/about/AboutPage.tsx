import { MIN_MAY_SIGNAL_PAIRS } from "../../../analysis/maySignal.ts";
import { useGapQuery, useInsiktQuery } from "../../api/municipalities.ts";
import { useYearsQuery } from "../../api/years.ts";
import type { PageProps } from "../../app/PageProps.ts";
import { provenanceLabel } from "../../i18n/provenance.ts";
import { useI18n } from "../../i18n/useI18n.ts";
import { useResolvedYear } from "../../state/selection.ts";
import { QueryState } from "../../ui/QueryState.tsx";
import { Panel, TableShell } from "../../ui/TableShell.tsx";
import { ModelBox } from "../factors/ModelBox.tsx";
import { useImportListQuery } from "../import/queries.ts";
import { areaLabel, GRADE_BANDS } from "../insikt/insiktData.ts";

const span = (years: readonly number[]) =>
	years.length === 0
		? "–"
		: years.length === 1
			? String(years[0])
			: `${years[0]}–${years.at(-1)}`;

export default function AboutPage({ code, yearParam }: PageProps) {
	const { t, lang, num } = useI18n();
	const sv = lang === "sv";
	const { year, isPending } = useResolvedYear(code, yearParam);
	const gap = useGapQuery(code, year, !isPending);
	const insikt = useInsiktQuery(code, null);
	const years = useYearsQuery();
	const imports = useImportListQuery();
	const definitions = insikt.data?.definitions ?? [];
	const breaks = insikt.data?.summary?.definitionBreaks ?? [];
	return (
		<article className="prose">
			<h1>{t("about.heading")}</h1>
			<Panel
				titleId="sources-title"
				title={sv ? "Källor och licenser" : "Sources and licences"}
			>
				<ul>
					<li>
						<strong>Svenskt Näringsliv, Lokalt företagsklimat</strong>{" "}
						(foretagsklimat.se).{" "}
						{sv
							? "Rankingen av alla 290 kommuner (september) och enkätresultaten med sammanfattande omdöme (maj). Publicerade siffror citeras med källa per rad. Källa: Svenskt Näringsliv."
							: "The ranking of all 290 municipalities (September) and the survey results with the overall score (May). Published figures are quoted with their source per row. Source: Svenskt Näringsliv."}
					</li>
					<li>
						<strong>SKR Insikt</strong> {sv ? "via" : "through"}{" "}
						<strong>Kolada</strong> (api.kolada.se).{" "}
						{sv
							? "Servicemätningen av kommunernas myndighetsutövning mot företag: NKI per område och sex serviceområden. Öppna data; Källa: Kolada."
							: "The survey of municipal regulatory services to businesses: NKI per area and six service factors. Open data; Source: Kolada."}
					</li>
					<li>
						<strong>
							{sv ? "Kommuner och län" : "Municipalities and counties"}
						</strong>
						:{" "}
						{sv
							? "koder, namn och län från SCB via den fria datamängden swedish-geodata (CC0). Göteborgsregionens 13 medlemmar enligt GR."
							: "codes, names and counties from SCB through the free data set swedish-geodata (CC0). The 13 members of Göteborgsregionen as listed by GR."}
					</li>
				</ul>
				<QueryState query={years}>
					{(y) => (
						<p className="muted">
							{sv ? "Laddade år" : "Loaded years"}: {sv ? "ranking" : "ranking"}{" "}
							{span(y.rankingYears)}, {sv ? "enkät" : "survey"}{" "}
							{span(y.scoreYears)}, Insikt {span(y.insiktYears)}.
						</p>
					)}
				</QueryState>
			</Panel>

			<Panel
				titleId="synthetic-title"
				title={
					sv ? "Vad är syntetiskt, och varför" : "What is synthetic, and why"
				}
			>
				<p>
					{sv
						? "Det finns ingen öppen tabell med alla 290 kommuners placering, faktorvärden och Insikt-resultat för alla år. Svenskt Näringsliv publicerar rankingen per år och enkätsvaren per kommun, men inte som en samlad fil; Kolada saknar värde för ungefär 100 kommuner per år. För att sidorna ska gå att använda och testa fylls luckorna med syntetiska exempeldata."
						: "No open table holds the rank, factor values and Insikt results of all 290 municipalities for every year. Svenskt Näringsliv publishes the ranking per year and the survey answers per municipality, but not as one file; Kolada lacks values for about 100 municipalities a year. To make the pages usable and testable, the gaps are filled with synthetic example data."}
				</p>
				<ul>
					<li>
						{sv
							? "Syntetiska siffror genereras med ett fast frö (samma siffror varje gång, npm run fixtures:generate) och kalibreras mot de publicerade siffrorna, som aldrig skrivs över."
							: "Synthetic figures are generated with a fixed seed (the same figures every time, npm run fixtures:generate) and calibrated to the published figures, which are never overwritten."}
					</li>
					<li>
						{sv
							? "Varje siffra bär sitt ursprung: publicerad, importerad eller syntetisk. Syntetiska visas med märket Exempeldata och ihåliga punkter; varje sida med sådana siffror har en gul ruta överst, och den utskrivna rapporten säger Exempeldata på varje sida."
							: "Every figure carries its provenance: published, imported or synthetic. Synthetic ones show the Example data badge and hollow dots; every page with such figures has a yellow box at the top, and the printed report says Example data on every page."}
					</li>
					<li>
						{sv
							? "Syntetiska siffror får inte citeras som Svenskt Näringslivs eller SKR:s resultat. Importera riktiga filer på Import-sidan för att ersätta dem år för år."
							: "Synthetic figures must not be quoted as Svenskt Näringsliv's or SKR's results. Import real files on the Import page to replace them year by year."}
					</li>
				</ul>
				<QueryState query={imports} renderError={() => null}>
					{(list) => {
						const runs = list.runs.filter((r) => r.status === "ok");
						return runs.length === 0 ? null : (
							<TableShell
								caption={
									sv
										? "Inlästa filer och deras ursprung"
										: "Loaded files and their provenance"
								}
								head={
									<>
										<th scope="col">{sv ? "Fil" : "File"}</th>
										<th scope="col" className="text">
											{sv ? "Ursprung" : "Provenance"}
										</th>
										<th scope="col">{sv ? "År" : "Years"}</th>
										<th scope="col">{sv ? "Rader" : "Rows"}</th>
									</>
								}
							>
								{runs.map((r) => (
									<tr key={r.id}>
										<td>{r.fileName}</td>
										<td className="text">
											{provenanceLabel(r.provenance, lang)}
										</td>
										<td>{span(r.years)}</td>
										<td>{num(r.rows)}</td>
									</tr>
								))}
							</TableShell>
						);
					}}
				</QueryState>
			</Panel>

			<Panel titleId="methods-title" title={sv ? "Metoder" : "Methods"}>
				<h3>{sv ? "Trend och mål" : "Trend and target"}</h3>
				<p>
					{sv
						? "Trenden är en rät linje genom årens placeringar (minst tre år). Prognosen för målåret visas med ett 80 %-prediktionsintervall. ”I fas” betyder att prognosen når topp 10 till målåret."
						: "The trend is a straight line through the years' ranks (at least three years). The projection for the target year is shown with an 80% prediction band. “On track” means the projection reaches the top 10 by the target year."}
				</p>
				<h3>{sv ? "Majsignalen" : "The May signal"}</h3>
				<p>
					{sv
						? `Enkätresultaten kommer i maj, rankingen i september. En rät linje placering ~ sammanfattande omdöme anpassas till tidigare års par av majomdöme och septemberplacering (minst ${MIN_MAY_SIGNAL_PAIRS} par), och ger en väntad placering med 80 %-intervall, R² och n.`
						: `The survey results come in May, the ranking in September. A straight line rank ~ overall score is fitted to earlier years' pairs of May score and September rank (at least ${MIN_MAY_SIGNAL_PAIRS} pairs), giving an expected rank with an 80% band, R² and n.`}
				</p>
				<h3>
					{sv
						? "Modellen bakom gap och tänk om"
						: "The model behind the gap and what-if"}
				</h3>
				<p>
					{sv
						? "Svenskt Näringsliv redovisar inte hur faktorerna vägs samman till totalrankingen. Topp10 använder därför en egen, namngiven modell och mäter dess träffsäkerhet mot samma års publicerade placeringar. Modellen och dess träffsäkerhet står bredvid varje modellerat resultat."
						: "Svenskt Näringsliv does not publish how the factors are combined into the total ranking. Topp10 therefore uses its own, named model and measures its fit against the same year's ranks. The model and its fit stand next to every modelled result."}
				</p>
				<QueryState
					query={gap}
					renderError={(error) => <p className="muted">{error.message}</p>}
				>
					{(report) => (
						<ModelBox model={report.model} year={report.year} sticky={false} />
					)}
				</QueryState>
				<p className="muted">
					{sv
						? "Faktorlistan och vikterna är data per år. 2016–2019 är publicerade (18 faktorer, sammanfattande omdöme väger 6/18). Från 2020 har rankingen 17 faktorer; den exakta listan och vikterna är inte publicerade och är ett antagande i den medföljande datan."
						: "The factor list and weights are data per year. 2016–2019 are published (18 factors, the overall score weighs 6/18). From 2020 the ranking has 17 factors; the exact list and weights are not published and are an assumption in the bundled data."}
				</p>
				<h3>
					{sv ? "Insikt: betyg och placeringar" : "Insikt: grades and ranks"}
				</h3>
				<p>
					{sv
						? "SKR:s betyg på avrundat NKI: "
						: "SKR's grades on the rounded NKI: "}
					{GRADE_BANDS.map((b) => b[lang]).join(", ")}.{" "}
					{sv
						? "Kolada har bara indexvärden, så placeringar räknas här: fallande NKI, lika värden delar placering."
						: "Kolada holds only index values, so ranks are computed here: descending NKI, equal values share a rank."}
				</p>
			</Panel>

			<Panel
				titleId="breaks-title"
				title={sv ? "Definitionsbrott" : "Definition breaks"}
			>
				<ul>
					<li>
						<strong>2020, Svenskt Näringsliv:</strong>{" "}
						{sv
							? "ny metod med 17 i stället för 18 faktorer (12 enkätfrågor väger 2/3, 5 statistikfaktorer 1/3). Placeringar före och efter 2020 är inte helt jämförbara; linjen ”Ny metod 2020” markerar brottet i diagrammen."
							: "a new method with 17 instead of 18 factors (12 survey questions weigh 2/3, 5 statistics 1/3). Ranks before and after 2020 are not fully comparable; the line “New method 2020” marks the break in the charts."}
					</li>
					{breaks.map((b) => (
						<li key={b.year}>
							<strong>{b.year}, SKR Insikt:</strong>{" "}
							{sv
								? `NKI totalt omfattar inte längre ${b.removed.map((a) => areaLabel(a, lang).toLowerCase()).join(" och ")}${b.added.length > 0 ? `, men nu ${b.added.map((a) => areaLabel(a, lang).toLowerCase()).join(" och ")}` : ""}.`
								: `NKI total no longer covers ${b.removed.map((a) => areaLabel(a, lang).toLowerCase()).join(" and ")}${b.added.length > 0 ? `, but now ${b.added.map((a) => areaLabel(a, lang).toLowerCase()).join(" and ")}` : ""}.`}
						</li>
					))}
					{breaks.length === 0 && definitions.length === 0 && (
						<li className="muted">
							{sv
								? "SKR Insikt: från 2024 omfattar NKI totalt bara bygglov, miljö- och hälsoskydd, livsmedelskontroll och serveringstillstånd (inga Insikt-definitioner är laddade)."
								: "SKR Insikt: from 2024 NKI total covers only building permits, environment and health, food control and alcohol licences (no Insikt definitions are loaded)."}
						</li>
					)}
				</ul>
				{definitions.length > 0 && (
					<TableShell
						caption={
							sv ? "Områden i NKI totalt per år" : "Areas in NKI total per year"
						}
						head={
							<>
								<th scope="col">{sv ? "År" : "Year"}</th>
								<th scope="col" className="text">
									{sv ? "Områden" : "Areas"}
								</th>
							</>
						}
					>
						{definitions.map((d) => (
							<tr key={d.year}>
								<td>{d.year}</td>
								<td className="text wrap">
									{d.areas.map((a) => areaLabel(a, lang)).join(", ")}
								</td>
							</tr>
						))}
					</TableShell>
				)}
			</Panel>
		</article>
	);
}
