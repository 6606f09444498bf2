// "Ontario reported two new cases in Kingston": a first-level region the text names, though a town
// shares its name (Ontario, California) and so it is no anchor, is read against the anchors first;
// read as the region, it speaks for the text's other places as an anchor does (Kingston, Ontario, not
// the capital of Jamaica). "Public Health Ontario", "the Kano State Ministry of Health": a region's name
// inside a public body's is where that body works, so it speaks for the text's towns as well (it stays
// an embedded name: the body is no place).
import { isFirstLevelRegion, type Gazetteer } from '../gazetteer/types.ts';
import type { Token } from './tokens.ts';
import type { DocumentContext } from './document-context.ts';
import type { DocumentReading } from './read-document.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';
import { resolveWithContext } from './weigh-homonyms.ts';

// words of a public body's name around the region's ("NSW Health", "Alberta Health Services", "the
// Punjab Police", "Ministry of Health"); not a team's ("the Texas Rangers" play away as often as at home)
// nor a school's ("educated at the Massachusetts Institute of Technology" and then at Oxford, England)
const PUBLIC_BODY_WORDS = new Set('health ministry department police government authority agency services service office commission council board assembly parliament'.split(' '));
// how many words on each side of the region's name are read for the body's words
const BODY_SPAN = 3;

/** Whether a word of a public body's name stands within a few capitalised words of the mention. */
function inPublicBody({ candidate }: AcceptedMention, tokens: Token[]): boolean {
	for (let i = candidate.last + 1; i <= candidate.last + BODY_SPAN && i < tokens.length; i++) {
		const token = tokens[i]!;
		if (!token.capitalized && token.lower !== 'of') break;
		if (PUBLIC_BODY_WORDS.has(token.lower)) return true;
	}
	for (let i = candidate.first - 1; i >= candidate.first - BODY_SPAN && i >= 0; i--) {
		const token = tokens[i]!;
		if (!token.capitalized) break;
		if (PUBLIC_BODY_WORDS.has(token.lower)) return true;
		if (token.sentenceStart) break;
	}
	return false;
}

/** The embedded mentions of first-level regions that name a public body's area (read by document-context.ts). */
export function publicBodyRegions(mentions: AcceptedMention[], gazetteer: Gazetteer, tokens: Token[]): Set<AcceptedMention> {
	const found = new Set<AcceptedMention>();
	for (const mention of mentions) {
		if (mention.usage !== 'embedded') continue;
		const best = gazetteer.places[mention.candidate.places[0]!]!;
		if (isFirstLevelRegion(best) && inPublicBody(mention, tokens)) found.add(mention);
	}
	return found;
}

/**
 * The regions read against the anchors (written into `results`): the positions of the mentions whose
 * best reading is a first-level region and whose reading there is that region. Empty for most texts.
 */
export function regionsAsAnchors(mentions: AcceptedMention[], results: (Resolution | null)[], reading: DocumentReading, ctx: DocumentContext, gazetteer: Gazetteer): number[] {
	const read: number[] = [];
	// each name once: a recurrence keeps the reading (resolve.ts)
	const seen = new Set<string>();
	for (let i = 0; i < mentions.length; i++) {
		if (results[i]) continue;
		const { candidate, key } = mentions[i]!;
		const best = gazetteer.places[candidate.places[0]!]!;
		if (!isFirstLevelRegion(best) || seen.has(key)) continue;
		seen.add(key);
		const result = resolveWithContext(mentions[i]!, reading.homonymsOf(i), ctx, reading.evidence(i));
		if (!isFirstLevelRegion(result.place)) continue;
		results[i] = result;
		read.push(i);
	}
	return read;
}
