import {
	MutationCache,
	QueryClient,
	QueryClientProvider,
} from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { refreshSessionAfter } from "./api/session.ts";
import { App } from "./app/App.tsx";
import { prefetchPage } from "./app/prefetchPage.ts";
import "./styles.css";

const queryClient: QueryClient = new QueryClient({
	mutationCache: new MutationCache({
		onError: (error) => refreshSessionAfter(queryClient, error),
	}),
	defaultOptions: {
		queries: { staleTime: 5 * 60_000, retry: 1, refetchOnWindowFocus: false },
	},
});

void prefetchPage(queryClient, new URL(window.location.href));

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
	<StrictMode>
		<QueryClientProvider client={queryClient}>
			<App />
		</QueryClientProvider>
	</StrictMode>,
);
