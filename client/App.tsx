import { lazy, Suspense } from "react";
import { MunicipalityPicker } from "./components/MunicipalityPicker.tsx";
import { useMunicipalityListQuery } from "./queries/municipalities.ts";
import { useSearchParam } from "./router.ts";

const OverviewPage = lazy(() => import("./pages/OverviewPage.tsx"));

export const DEFAULT_MUNICIPALITY = "1402";

export function App() {
	const [kommun, setKommun] = useSearchParam("kommun");
	const list = useMunicipalityListQuery();
	const code = kommun && /^\d{4}$/.test(kommun) ? kommun : DEFAULT_MUNICIPALITY;
	const selected = list.data?.municipalities.find((m) => m.code === code);
	return (
		<>
			<header className="site-header">
				<a className="brand" href={`/?kommun=${code}`}>
					Topp10
				</a>
				<MunicipalityPicker
					municipalities={list.data?.municipalities ?? []}
					selected={selected}
					onSelect={setKommun}
				/>
			</header>
			<main>
				{list.isSuccess && !selected ? (
					<p className="status error" role="alert">
						Kommunkoden {code} finns inte. Välj en kommun i listan.
					</p>
				) : (
					<Suspense fallback={<p className="status">Laddar sidan…</p>}>
						<OverviewPage code={code} />
					</Suspense>
				)}
			</main>
			<footer className="site-footer">
				Källor: Svenskt Näringsliv (Lokalt företagsklimat), SKR Insikt via
				Kolada. Siffror märkta syntetiska är exempeldata, inte publicerade.
			</footer>
		</>
	);
}
