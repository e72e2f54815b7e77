import { useId } from "react";
import { formatYear } from "../i18n/format.ts";
import { useMessages } from "../i18n/useI18n.ts";
import { UI_MESSAGES } from "./messages.ts";

interface YearPickerProps {
	years: readonly number[];
	value: number | null;
	/** The year used when none is chosen, shown in the "latest" option. */
	defaultYear: number | null;
	onChange: (year: number | null) => void;
}

/** Year choice; the empty option follows the latest ranked year, so a shared link stays current. */
export function YearPicker({
	years,
	value,
	defaultYear,
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
				{[...years].reverse().map((year) => (
					<option key={year} value={year}>
						{formatYear(year)}
					</option>
				))}
			</select>
		</div>
	);
}
