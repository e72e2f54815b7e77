import type { ModelWeight } from "../../../analysis/model.ts";
import type {
	FactorAttribution,
	RankChangeAttribution,
} from "../../../analysis/rankChangeAttribution.ts";
import type { Lang } from "../../i18n/format.ts";
import { midSentence } from "../../i18n/messages.ts";
import { FACTORS_MESSAGES } from "./messages.ts";

type SentenceMessages = (typeof FACTORS_MESSAGES)["sv"]["sentence"];

/**
 * Why the rank moved between two years, in words: the published change, then the factor that
 * explains most of the modelled change, including the case "our score rose, but the others rose more".
 */
export function attributionSentence(
	attribution: RankChangeAttribution,
	weights: readonly Pick<ModelWeight, "factorId" | "higherIsBetter">[],
	name: string,
	lang: Lang = "sv",
): string {
	const m = FACTORS_MESSAGES[lang].sentence;
	const first = publishedChange(m, attribution, name);
	const main = attribution.factors.find((f) => Math.abs(f.contribution) > 1e-9);
	if (!main) return `${first} ${m.noFactors}`;
	const higherIsBetter =
		weights.find((w) => w.factorId === main.factorId)?.higherIsBetter ?? true;
	const lead = modelsLead(m, attribution);
	const label = midSentence(main.label);
	if (main.scoreFrom === null || main.scoreTo === null)
		return `${first} ${m.valueMissing(lead, label)}`;
	const detail = factorDetail(
		m,
		{ ...main, scoreFrom: main.scoreFrom, scoreTo: main.scoreTo },
		higherIsBetter,
	);
	return `${first} ${lead} ${label}: ${detail}`;
}

function publishedChange(
	m: SentenceMessages,
	{ fromYear, toYear, publishedRank }: RankChangeAttribution,
	name: string,
): string {
	const { from, to, change } = publishedRank;
	if (change === null || from === null || to === null)
		return m.noRank(name, from === null ? fromYear : toYear);
	if (change === 0) return m.kept(name, to, fromYear, toYear);
	return m.moved(
		name,
		change > 0,
		Math.abs(change),
		[fromYear, toYear],
		[from, to],
	);
}

/** The lead-in, saying so when the model moved the other way than the published rank. */
function modelsLead(
	m: SentenceMessages,
	{ publishedRank, modelledRank }: RankChangeAttribution,
): string {
	const published = publishedRank.change;
	const modelled = modelledRank.change;
	const disagrees =
		published !== null &&
		modelled !== null &&
		published !== 0 &&
		modelled !== 0 &&
		Math.sign(published) !== Math.sign(modelled);
	return disagrees
		? m.modelDisagrees(modelledRank.from, modelledRank.to)
		: m.explainedBy;
}

/** Our value against the mean of all municipalities, and which way that pulled the rank. */
function factorDetail(
	m: SentenceMessages,
	factor: Omit<FactorAttribution, "scoreFrom" | "scoreTo"> & {
		scoreFrom: number;
		scoreTo: number;
	},
	higherIsBetter: boolean,
): string {
	const { scoreFrom, scoreTo, meanFrom, meanTo } = factor;
	const helped = factor.contribution > 0;
	const rose = scoreTo > scoreFrom;
	const same = Math.abs(scoreTo - scoreFrom) < 1e-9;
	const improved = same ? false : rose === higherIsBetter;
	const ours = same ? m.unchanged(scoreTo) : m.ours(rose, scoreFrom, scoreTo);
	const meanKnown = meanFrom !== null && meanTo !== null;
	const others = m.others(
		meanKnown && (meanTo ?? 0) > (meanFrom ?? 0),
		meanFrom,
		meanTo,
	);
	const effect = helped ? m.pulledUp : m.pulledDown;
	if (!meanKnown) return m.alone(ours, effect);
	if (improved && !helped) return m.othersBetter(ours, others, effect);
	if (!improved && !same && helped) return m.othersWorse(ours, others, effect);
	return m.whileOthers(ours, others, effect);
}
