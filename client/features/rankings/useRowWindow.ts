import {
	useCallback,
	useEffect,
	useLayoutEffect,
	useRef,
	useState,
} from "react";
import {
	type RowMetrics,
	type RowWindow,
	rowWindow,
	scrollTopFor,
} from "./rowWindow.ts";

/** Before the first measurement: a 75vh region and one-line rows. */
const INITIAL: RowMetrics = {
	scrollTop: 0,
	viewport: 700,
	head: 120,
	rowHeight: 32,
};

/**
 * Windowed rows for the scroll region of a long table: the region's ref and scroll handler, the
 * window to render, and a way to bring a row into view. Every row is rendered for printing.
 */
export function useRowWindow(count: number, layoutKey: string) {
	const regionRef = useRef<HTMLElement>(null);
	const [metrics, setMetrics] = useState(INITIAL);
	const [printing, setPrinting] = useState(false);
	const frame = useRef(0);

	const measure = useCallback(() => {
		const region = regionRef.current;
		if (!region) return;
		const head = region.querySelector("thead");
		const row = region.querySelector<HTMLElement>("tbody tr[data-row]");
		setMetrics((current) => {
			const next = {
				scrollTop: region.scrollTop,
				viewport: region.clientHeight || current.viewport,
				head: head?.offsetHeight ?? current.head,
				rowHeight: row?.offsetHeight || current.rowHeight,
			};
			return Object.entries(next).every(
				([key, value]) => current[key as keyof RowMetrics] === value,
			)
				? current
				: next;
		});
	}, []);

	// biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the rows or the cells' layout change
	useLayoutEffect(measure, [measure, count, layoutKey]);

	useEffect(() => {
		const before = () => setPrinting(true);
		const after = () => setPrinting(false);
		window.addEventListener("beforeprint", before);
		window.addEventListener("afterprint", after);
		window.addEventListener("resize", measure);
		return () => {
			window.removeEventListener("beforeprint", before);
			window.removeEventListener("afterprint", after);
			window.removeEventListener("resize", measure);
			cancelAnimationFrame(frame.current);
		};
	}, [measure]);

	const onScroll = () => {
		cancelAnimationFrame(frame.current);
		frame.current = requestAnimationFrame(measure);
	};

	/** Scrolls the region so that row `index` is in the middle. */
	const scrollToIndex = (index: number) => {
		const region = regionRef.current;
		if (!region) return;
		region.scrollTop = scrollTopFor(index, metrics);
		measure();
	};

	const span: RowWindow = rowWindow(count, metrics, printing);
	return { regionRef, onScroll, span, scrollToIndex };
}
