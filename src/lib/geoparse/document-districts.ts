// The counties a document names that are parents of mentions beyond their own sentence, and the
// counties a lower-case phrase names ("salem is a city in salem county").
import { referencedIndex } from '../gazetteer/references.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { districtNounAfter } from './mention-cue.ts';
import type { AcceptedMention } from './resolve.ts';
import { OPENING_SENTENCES, type Parent } from './sentence-parents.ts';
import type { Token } from './tokens.ts';

// "… stands in Washington. It lies in Hempstead County.": a county named anywhere in the text is a parent
// of every mention in it, as one named in the opening. A text naming more counties than this beyond its
// opening is a list or a table of them, which says nothing of any one mention.
const MAX_DOCUMENT_DISTRICTS = 4;

/**
 * The counties named after the opening, each by the one reading the text gives it (its only one, or
 * the one resolution settled): a county named with thirty readings ("Washington County") says
 * nothing until something chooses among them.
 */
export function districtsBeyondOpening(parentsBySentence: Map<number, Parent[]>, mentions: AcceptedMention[], settled: Map<number, GazetteerPlace> | null): Parent[] {
	const found: Parent[] = [];
	const seen = new Set<GazetteerPlace>();
	for (const [sentence, parents] of parentsBySentence) {
		if (sentence < OPENING_SENTENCES) continue;
		for (const p of parents) {
			if (p.place.kind !== 'district' || seen.has(p.place)) continue;
			if (!settled?.has(p.mention) && mentions[p.mention]!.candidate.places.length > 1) continue;
			if (found.length >= MAX_DOCUMENT_DISTRICTS) return [];
			seen.add(p.place);
			found.push(p);
		}
	}
	return found;
}

/** "salem is a city in salem county": the counties a given span that stops short of the county's name stands for (null for any other mention) */
export function givenDistrictReadings(mention: AcceptedMention, tokens: Token[], gazetteer: Gazetteer): GazetteerPlace[] | null {
	const noun = districtNounAfter(mention, tokens);
	if (!noun) return null;
	const found = gazetteer.byName.get(nameKey(`${mention.surface} ${noun}`)) ?? [];
	const districts = found.map((value) => gazetteer.places[referencedIndex(value)]!).filter((place) => place.kind === 'district');
	return districts.length ? districts : null;
}
