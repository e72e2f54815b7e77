import {
	MutationCache,
	QueryClient,
	QueryClientProvider,
} from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { refreshSessionAfter } from "./api/session.ts";
import { App } from "./app/App.tsx";
import { readEmbeddedYears } from "./app/embeddedYears.ts";
import { preloadPage } from "./app/pageModules.ts";
import { prefetchPage } from "./app/prefetchPage.ts";
import { normalisePath } from "./app/routes.ts";
import "./styles.css";

const queryClient: QueryClient = new QueryClient({
	mutationCache: new MutationCache({
		onError: (error) => refreshSessionAfter(queryClient, error),
	}),
	defaultOptions: {
		queries: { staleTime: 5 * 60_000, retry: 1, refetchOnWindowFocus: false },
	},
});

const url = new URL(window.location.href);
// The data first, then the page's chunks (see prefetchPage on the connections per host).
void prefetchPage(queryClient, url, readEmbeddedYears(document));
preloadPage(normalisePath(url.pathname));

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
	<StrictMode>
		<QueryClientProvider client={queryClient}>
			<App />
		</QueryClientProvider>
	</StrictMode>,
);
