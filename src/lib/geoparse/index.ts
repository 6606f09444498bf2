import type { ResolutionReason, Toponym } from '../contracts.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { findCandidates } from './candidates.ts';
import { judgeCandidate } from './judge.ts';
import { resolveMentions, type AcceptedMention } from './resolve.ts';
import { tokenize } from './tokens.ts';
import { toponymAt } from './toponym.ts';
import { nameKey } from '../gazetteer/normalize.ts';

const PERSON_VERDICTS = new Set(['surname', 'person-title', 'first-name', 'person-name', 'after-name']);
// Evidence that lets a small place's bare name count as a mention: it agrees with the document.
const SUPPORT: ReadonlySet<ResolutionReason> = new Set(['country-context', 'qualified', 'nearby-context', 'same-name-earlier', 'curated']);

export type { Toponym };
export { toponymAt, type ToponymPlace } from './toponym.ts';

export interface GeoparseOptions {
	/** also return place words inside organisation/treaty names (usage "embedded"); default true */
	includeEmbedded?: boolean;
}

const RECOGNITION_CONFIDENCE: Record<string, number> = {
	locative: 0.95,
	'well-known': 0.95,
	demonym: 0.9,
	name: 0.75,
	'inside-name': 0.6
};

/**
 * Finds the place names in a text and resolves each to a gazetteer place. Pure and synchronous:
 * text and a loaded gazetteer in, toponyms (sorted by offset) out.
 */
export function geoparse(text: string, gazetteer: Gazetteer, options: GeoparseOptions = {}): Toponym[] {
	const tokens = tokenize(text);
	const candidates = findCandidates(text, tokens, gazetteer);
	const candidateAt = new Map(candidates.map((c) => [c.first, c]));
	const verdicts = candidates.map((candidate) => judgeCandidate(candidate, { text, tokens, gazetteer, candidateAt }));
	// A name read as a person once ("Zacharie Gross") is that person throughout ("Gross wrote").
	const people = new Set<string>();
	candidates.forEach((candidate, i) => {
		const verdict = verdicts[i]!;
		if (!verdict.keep && PERSON_VERDICTS.has(verdict.why)) people.add(nameKey(text.slice(candidate.start, candidate.end)));
	});
	const accepted: AcceptedMention[] = [];
	for (let i = 0; i < candidates.length; i++) {
		const candidate = candidates[i]!;
		const verdict = verdicts[i]!;
		if (!verdict.keep) continue;
		const place = gazetteer.places[candidate.places[0]!]!;
		// ... but "in Nelson" is the town, whoever else is called Nelson
		if (verdict.why !== 'locative' && candidate.via === 'name' && place.kind === 'city' && people.has(nameKey(text.slice(candidate.start, candidate.end)))) continue;
		if (verdict.usage === 'embedded' && options.includeEmbedded === false) continue;
		accepted.push({
			candidate,
			usage: verdict.usage,
			recognition: RECOGNITION_CONFIDENCE[verdict.why] ?? 0.8,
			why: verdict.why,
			minor: verdict.minor ?? false,
			surface: text.slice(candidate.start, candidate.end)
		});
	}
	const resolved = resolveMentions(accepted, gazetteer, text).filter(
		// a small town named without a preposition and unrelated to the rest of the text is usually a surname
		({ mention, reasons, place }) => {
			if (!mention.minor || mention.why === 'locative') return true;
			// a small place known here only by one of its foreign or old names ("Julia" for Plovdiv,
			// "Google" for Topeka) needs a preposition or a qualifier, not just the same country
			const index = mention.candidate.places.indexOf(gazetteer.byId.get(place.id)!);
			if (mention.candidate.alternate[index]) return false;
			return reasons.some((r) => SUPPORT.has(r) || (r === 'only-candidate' && mention.usage !== 'embedded'));
		}
	);
	return resolved.map(({ mention, place, score, reasons }) =>
		toponymAt({ start: mention.candidate.start, end: mention.candidate.end, name: mention.surface }, place, {
			score: Math.round(score * mention.recognition * 1000) / 1000,
			usage: mention.usage,
			reasons
		})
	);
}
