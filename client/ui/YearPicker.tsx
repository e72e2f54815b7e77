import { useId } from "react";
import { formatYear } from "../i18n/format.ts";
import { useMessages } from "../i18n/useI18n.ts";
import { UI_MESSAGES } from "./messages.ts";

interface YearPickerProps {
	years: readonly number[];
	value: number | null;
	/** The year used when none is chosen, shown in the "latest" option. */
	defaultYear: number | null;
	/** Years that do not cover every municipality, with how many they do; marked in the list. */
	incomplete?: ReadonlyMap<number, number>;
	onChange: (year: number | null) => void;
}

/** Year choice; the empty option follows the latest complete year, so a shared link stays current. */
export function YearPicker({
	years,
	value,
	defaultYear,
	incomplete,
	onChange,
}: YearPickerProps) {
	const m = useMessages(UI_MESSAGES);
	const id = useId();
	return (
		<div className="year-picker">
			<label htmlFor={id}>{m.year}</label>
			<select
				id={id}
				value={value === null ? "" : String(value)}
				onChange={(event) =>
					onChange(
						event.target.value === "" ? null : Number(event.target.value),
					)
				}
			>
				<option value="">{m.latestYear(defaultYear)}</option>
				{[...years].reverse().map((year) => {
					const count = incomplete?.get(year);
					return (
						<option key={year} value={year}>
							{count === undefined
								? formatYear(year)
								: m.incompleteOption(year, count)}
						</option>
					);
				})}
			</select>
		</div>
	);
}
