import type { LegendItem } from "./legend.ts";
import { PNG, pngLayout } from "./pngLayout.ts";

/** Style properties copied inline so the SVG looks the same outside the page's stylesheet. */
const COPIED_STYLES = [
	"fill",
	"fill-opacity",
	"stroke",
	"stroke-width",
	"stroke-dasharray",
	"stroke-opacity",
	"opacity",
	"font-family",
	"font-size",
	"font-weight",
	"text-anchor",
	"dominant-baseline",
	"visibility",
	"display",
] as const;

/** Why an export failed; the chart frame words it in the interface language. */
export class PngExportError extends Error {
	constructor(readonly reason: "draw" | "canvas" | "blob") {
		super(`PNG export failed: ${reason}`);
	}
}

const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Resolves "var(--x)" against the theme in force at `scope` (the page's, unless told). */
export function resolveColor(
	color: string,
	scope: Element = document.documentElement,
): string {
	const match = /^var\((--[\w-]+)\)$/.exec(color.trim());
	if (!match?.[1]) return color;
	return getComputedStyle(scope).getPropertyValue(match[1]).trim() || "#000";
}

/**
 * Exported images are always light, even in dark mode: they go into printed reports and slides.
 * While the image is drawn the chart's figure carries `light-theme`, which sets the light
 * palette on it (styles.css), so its computed colours are the light ones.
 */
const LIGHT_THEME_CLASS = "light-theme";

/** A standalone copy of the chart's SVG with computed styles inlined (CSS variables resolved). */
function standaloneSvg(
	svg: SVGSVGElement,
	scope: Element,
): {
	markup: string;
	width: number;
	height: number;
} {
	const box = svg.getBoundingClientRect();
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll("*")];
	const copies = [clone, ...clone.querySelectorAll("*")];
	originals.forEach((original, i) => {
		const copy = copies[i];
		if (!(copy instanceof Element)) return;
		const computed = getComputedStyle(original);
		const style = COPIED_STYLES.map(
			(name) => `${name}:${computed.getPropertyValue(name)}`,
		).join(";");
		copy.setAttribute("style", style);
		for (const attribute of ["fill", "stroke", "stop-color"]) {
			const value = copy.getAttribute(attribute);
			if (value?.includes("var("))
				copy.setAttribute(attribute, resolveColor(value, scope));
		}
	});
	clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
	clone.setAttribute("width", String(box.width));
	clone.setAttribute("height", String(box.height));
	return {
		markup: new XMLSerializer().serializeToString(clone),
		width: box.width,
		height: box.height,
	};
}

function loadImage(markup: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const image = new Image();
		image.onload = () => resolve(image);
		image.onerror = () => reject(new PngExportError("draw"));
		image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
	});
}

function drawSwatch(
	context: CanvasRenderingContext2D,
	item: LegendItem,
	x: number,
	y: number,
	scope: Element,
): void {
	const color = resolveColor(item.color, scope);
	const mid = y - 4;
	context.save();
	context.strokeStyle = color;
	context.fillStyle = color;
	context.lineWidth = 2;
	switch (item.shape) {
		case "line":
		case "dashed":
			context.setLineDash(item.shape === "dashed" ? [5, 3] : []);
			context.beginPath();
			context.moveTo(x, mid);
			context.lineTo(x + PNG.legendSwatch, mid);
			context.stroke();
			break;
		case "dot":
		case "hollow":
			context.beginPath();
			context.arc(x + PNG.legendSwatch / 2, mid, 5, 0, Math.PI * 2);
			if (item.shape === "dot") context.fill();
			else {
				context.fillStyle = resolveColor("var(--surface)", scope);
				context.fill();
			}
			context.stroke();
			break;
		case "band":
			context.globalAlpha = 0.3;
			context.fillRect(x, mid - 6, PNG.legendSwatch, 12);
			break;
		case "square":
			context.fillRect(x + 3, mid - 6, 12, 12);
			break;
	}
	context.restore();
}

export interface PngMeta {
	title: string;
	subtitle: string | null;
	legend: readonly LegendItem[];
	footer: readonly string[];
}

/** Renders the chart onto a canvas with its title, legend and footer (source, date, synthetic note), in the light theme. */
export async function chartToPng(
	svg: SVGSVGElement,
	meta: PngMeta,
): Promise<Blob> {
	const scope = svg.closest("figure") ?? svg;
	scope.classList.add(LIGHT_THEME_CLASS);
	try {
		return await drawPng(svg, meta, scope);
	} finally {
		scope.classList.remove(LIGHT_THEME_CLASS);
	}
}

async function drawPng(
	svg: SVGSVGElement,
	meta: PngMeta,
	scope: Element,
): Promise<Blob> {
	const color = (value: string) => resolveColor(value, scope);
	const { markup, width, height } = standaloneSvg(svg, scope);
	const image = await loadImage(markup);
	const canvas = document.createElement("canvas");
	const context = canvas.getContext("2d");
	if (!context) throw new PngExportError("canvas");
	const titleFont = `700 ${PNG.titleSize}px ${FONT_FAMILY}`;
	const textFont = `${PNG.textSize}px ${FONT_FAMILY}`;
	const measureWith = (font: string) => (text: string) => {
		context.font = font;
		return context.measureText(text).width;
	};
	const layout = pngLayout(
		{ chartWidth: width, chartHeight: height, ...meta },
		measureWith(titleFont),
		measureWith(textFont),
	);
	const scale = 2;
	canvas.width = layout.width * scale;
	canvas.height = layout.height * scale;
	context.scale(scale, scale);
	context.fillStyle = color("var(--surface)");
	context.fillRect(0, 0, layout.width, layout.height);
	context.fillStyle = color("var(--text)");
	context.font = titleFont;
	for (const line of layout.titleLines)
		context.fillText(line.text, PNG.padding, line.y);
	context.font = textFont;
	context.fillStyle = color("var(--muted)");
	for (const line of layout.subtitleLines)
		context.fillText(line.text, PNG.padding, line.y);
	for (const { item, x, row } of layout.legend.placements) {
		const y = layout.legend.y + (row + 1) * layout.legend.rowHeight - 6;
		drawSwatch(context, item, PNG.padding + x, y, scope);
		context.fillStyle = color("var(--text)");
		context.font = textFont;
		context.fillText(item.label, PNG.padding + x + PNG.legendSwatch + 6, y);
	}
	context.drawImage(image, layout.chart.x, layout.chart.y, width, height);
	context.fillStyle = color("var(--muted)");
	context.font = textFont;
	for (const line of layout.footerLines)
		context.fillText(line.text, PNG.padding, line.y);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new PngExportError("blob"))),
			"image/png",
		),
	);
}
