/** What every page gets from the shell: the chosen municipality and the URL's year choices. */
export interface PageProps {
	code: string;
	yearParam: number | null;
	targetYearParam: number | null;
	/** First year of charted history (`from`); null means the API's default, the latest 15. */
	fromParam: number | null;
}
