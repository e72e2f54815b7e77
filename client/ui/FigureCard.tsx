import type { ReactNode } from "react";
import { SyntheticBadge } from "./SyntheticBadge.tsx";

interface FigureCardProps {
	label: string;
	value: ReactNode;
	detail?: ReactNode;
	synthetic?: boolean;
	tone?: "good" | "bad" | "neutral";
	testId?: string;
}

/** One key figure: a label, a large value and a line of context. */
export function FigureCard({
	label,
	value,
	detail,
	synthetic = false,
	tone = "neutral",
	testId,
}: FigureCardProps) {
	return (
		<div className={`figure-card tone-${tone}`} data-testid={testId}>
			<p className="figure-label">{label}</p>
			<p className="figure-value">
				{value} <SyntheticBadge show={synthetic} />
			</p>
			{detail && <p className="figure-detail">{detail}</p>}
		</div>
	);
}
