// "Kiryat Shmona" for GeoNames' "Qiryat Shmona", "Metula" for "Metulla", "Puerto Cortés" for "Puerto Cortez": an
// alternate name that spells the place's own name with a letter or two changed, or a letter doubled, is that
// name as the news transliterates it, not one of the foreign or old names a town is seldom called by ("Julia"
// for Plovdiv). Letters added or dropped are not so read: "Haydn" is no spelling of Hayden, "Samsung" none of
// Samseung, "Xie Yang" none of Xieyang.
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { isFirstName } from './word-facts.ts';

// letters changed per letter of the name: one in six ("kiryat shmona", "qiryat shmona": one in thirteen), so none
// in a name of five letters or fewer, where one letter makes another name ("Mirza", a surname, and Mârza)
const LETTERS_PER_CHANGE = 6;

/** The key with each run of one letter written once ("metulla" → "metula"). */
function singleLetters(key: string): string {
	let out = '';
	for (let i = 0; i < key.length; i++) if (key[i] !== key.charAt(i - 1)) out += key[i];
	return out;
}

/** Whether two strings of one length differ in at most `most` places. */
export function withinChanges(a: string, b: string, most: number): boolean {
	if (a.length !== b.length) return false;
	let changes = 0;
	for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++changes > most) return false;
	return true;
}

/**
 * Whether the key, an alternate name of the place, spells the place's own name with a letter or two changed or
 * doubled; not a first name ("Marta" for Marte).
 */
export function spellsOwnName(key: string, place: GazetteerPlace, gazetteer: Gazetteer): boolean {
	if (isFirstName(key, gazetteer)) return false;
	const written = singleLetters(key);
	const own = singleLetters(nameKey(place.name));
	return withinChanges(written, own, Math.floor(own.length / LETTERS_PER_CHANGE));
}
