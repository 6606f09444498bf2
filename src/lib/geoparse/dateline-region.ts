// "FRISCO, Texas —", "AURORA, Colo. (AP) —": the first-level region of a dateline's town. Wire style
// gives the state of every town outside the dateline's own (or names a city that stands alone), so a
// bare town elsewhere in such a story is most often the dateline state's: "played high school football
// in Clarksville" is Clarksville, Texas, under a Texas dateline, not the larger one in Tennessee.
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { kilometres } from './qualifies.ts';
import type { AcceptedMention, Resolution } from './resolve.ts';

export interface DatelineRegion {
	country: string;
	admin1: string;
	/** the dateline's town */
	town: GazetteerPlace;
}

// Wire copy names a city this large bare wherever the story is filed (Cincinnati, Pittsburgh, St. Louis);
// a smaller one only within a day's drive of the dateline ("COLUMBUS, Ohio … at Louisville")
const STANDS_ALONE = 300_000;
const WITHIN_REACH_KM = 400;

/** The region of the text's dateline town where the text opens with one its qualifier placed ("COLUMBUS, Ohio"). */
export function datelineRegion(mentions: readonly AcceptedMention[], results: readonly (Resolution | null)[], text: string): DatelineRegion | null {
	const first = mentions[0];
	const result = results[0];
	if (!first || !result || !result.reasons.includes('qualified')) return null;
	const { start, end } = first.candidate;
	// the town opens the text, in capitals, with its qualifier after a comma
	if (text.charCodeAt(end) !== 44 || /\S/.test(text.slice(0, start)) || /\p{Ll}/u.test(first.surface)) return null;
	const { country, admin1 } = result.place;
	return country && admin1 ? { country, admin1, town: result.place } : null;
}

/**
 * Whether a large city that would outweigh a dateline-state town of its name is one wire copy names
 * bare: big enough to stand alone, or within reach of the dateline. "FRISCO, Texas … in Clarksville" is
 * not Clarksville, Tennessee (166,000 people, 1,000 km away), which the story would call "Clarksville, Tenn.".
 */
export function namedBareFrom(dateline: DatelineRegion, large: GazetteerPlace): boolean {
	return large.population >= STANDS_ALONE || kilometres(large, dateline.town) <= WITHIN_REACH_KM;
}

/** Whether a place lies in the dateline's region. */
export function inDatelineRegion(place: GazetteerPlace, dateline: DatelineRegion): boolean {
	return place.admin1 === dateline.admin1 && place.country === dateline.country;
}
