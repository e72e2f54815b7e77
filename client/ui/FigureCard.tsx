import type { ReactNode } from "react";
import { SyntheticBadge } from "./SyntheticBadge.tsx";

interface FigureCardProps {
	label: string;
	value: ReactNode;
	detail?: ReactNode;
	/** The value is synthetic, or rests on a synthetic figure. */
	synthetic?: boolean;
	/** A figure in the detail line that is synthetic while the value is not, named ("takten"). */
	detailSynthetic?: string | null;
	tone?: "good" | "bad" | "neutral";
	testId?: string;
}

/** One key figure: a label, a large value and a line of context, each marked when synthetic. */
export function FigureCard({
	label,
	value,
	detail,
	synthetic = false,
	detailSynthetic = null,
	tone = "neutral",
	testId,
}: FigureCardProps) {
	return (
		<div
			className={`figure-card tone-${tone}`}
			data-testid={testId}
			data-synthetic={synthetic ? "true" : "false"}
		>
			<p className="figure-label">{label}</p>
			<p className="figure-value">
				{value} <SyntheticBadge show={synthetic} />
			</p>
			{detail && (
				<p className="figure-detail">
					{detail}{" "}
					<SyntheticBadge
						show={!synthetic && detailSynthetic !== null}
						what={detailSynthetic ?? undefined}
					/>
				</p>
			)}
		</div>
	);
}
