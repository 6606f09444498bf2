// German official town names carry their river or land in brackets: "Frankfurt (Oder)", "Halle (Saale)",
// "Halle (Westfalen)", "Lenzen (Elbe)", "Haren (Ems)". Read word by word, the first word was a namesake
// ("Frankfurt" is Frankfurt am Main) or a part of the name, and the bracketed river a second place.
import type { Gazetteer } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import type { NameReader } from './name-lookup.ts';
import { respanned } from './respanned.ts';
import type { Token } from './tokens.ts';

/**
 * The town's name with its bracketed qualifier, one name: where the gazetteer has the whole ("Frankfurt
 * (Oder)"), its reading; where it lacks it, the town's own readings when the bracketed word names a river
 * ("Lenzen (Elbe)"). A state or country in brackets ("Houston (Texas)") stays a place of its own, as
 * English writes it. Null when no capitalised word stands alone in brackets after the name.
 */
export function withBracketedQualifier(best: Candidate, tokens: Token[], text: string, names: NameReader, gazetteer: Gazetteer): Candidate | null {
	const inner = tokens[best.last + 1];
	// the token tests first: "Town (" then one capitalised word and ")"
	if (inner === undefined || inner.gapBefore !== ' (' || !inner.capitalized || text.charCodeAt(inner.end) !== 41) return null;
	const end = inner.end + 1;
	const whole = names.read(text, best.start, end, false);
	if (whole && whole.via === 'name') return respanned(whole, best.start, end, best.first, best.last + 1);
	if (best.via !== 'name') return null;
	const qualifier = names.read(text, inner.start, inner.end, true);
	if (!qualifier || gazetteer.places[qualifier.places[0]!]!.kind !== 'water') return null;
	return respanned(best, best.start, end, best.first, best.last + 1);
}
