import { fitsCue, type KindCue } from './document-cues.ts';
import { recurrence, writtenKey } from './recurrence.ts';
import type { Resolution } from './resolve.ts';
import { DOMINANT_RATIO } from './weigh-homonyms.ts';
import { PLACING, restsOn, UNPLACING } from './weak-reasons.ts';

// "Car parts makers in London, Windsor and Kitchener … union leaders in London said they would rally,
// and Ontario's premier …": a name that size alone resolved where it first stands means what the text's
// own words make of it where it recurs (a parent, its region, a list, a stated size), as a name placed
// first keeps its place where it recurs bare. A qualifier ("Paris, Texas") is not such a later reading:
// it sets one namesake apart from the other, and nor is a spelling with other accents ("Tabor … Tábor").
/** The mentions that size alone resolved whose name a later mention's context places elsewhere, with that place. */
export function placedLater(results: Resolution[], bySizeAlone: ReadonlySet<Resolution>, weighed: ReadonlySet<number>): Map<number, Resolution> {
	const placing = new Map<string, Resolution>();
	for (const i of weighed) {
		const result = results[i]!;
		const key = writtenKey(result.mention);
		if (!placing.has(key) && result.reasons.some((r) => PLACING.has(r))) placing.set(key, result);
	}
	const found = new Map<number, Resolution>();
	if (placing.size === 0) return found;
	// the place size alone chose for a name: its recurrences before the placing mention carry it too
	const bySize = new Map<string, Resolution['place']>();
	for (const result of bySizeAlone) bySize.set(writtenKey(result.mention), result.place);
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		const key = writtenKey(result.mention);
		if (!bySizeAlone.has(result) && !(result.reasons[0] === 'same-name-earlier' && bySize.get(key) === result.place)) continue;
		const later = placing.get(key);
		if (later && later.place !== result.place && later.mention.candidate.start > result.mention.candidate.start) found.set(i, recurrence(later, result.mention));
	}
	return found;
}

/**
 * "windsor: the old mill at windsor, vt", "Town of Elmwood … 40 North Third Street, Elmwood, IL
 * 61529": a town qualified by its state or ZIP code is what its name means where it stands bare in the
 * text, before or after, unless the bare name was placed by the text's own words or means a namesake so
 * much more important that the qualifier sets the town apart from it ("Talks in London … London, Ontario"). Nor
 * does a namesake abroad reach a bare name the text's towns placed at home: "MOSCOW — … born near Genesee, taught
 * in Troy and Potlatch … sang in Moscow, Russia": the country written after it sets the far city apart from the
 * paper's own town (us-local-s46 A), nor a namesake in another state a bare dateline its neighbours placed. Nor does the town reach a mention whose own kind word rules it out
 * (`kindAllows`: "MENDOZA, Argentina - … in Mendoza province").
 */
export function placedByQualifier(results: Resolution[], importanceOf: (place: Resolution['place']) => number, kindAllows: (i: number, place: Resolution['place']) => boolean, dateline: number): Map<number, Resolution> {
	const qualified = new Map<string, Resolution>();
	for (const result of results) if (result.reasons[0] === 'qualified' && result.place.kind === 'city' && !qualified.has(result.mention.key)) qualified.set(result.mention.key, result);
	const found = new Map<number, Resolution>();
	if (qualified.size === 0) return found;
	for (let i = 0; i < results.length; i++) {
		const result = results[i]!;
		const by = qualified.get(result.mention.key);
		if (!by || by.place === result.place || result.reasons.includes('qualified') || !restsOn(result.reasons, UNPLACING)) continue;
		// (and a state written after it sets the town apart from the paper's own: "LEBANON — … Born in Lebanon, Mo." keeps
		// the Oregon dateline its neighbours placed)
		const setApart = by.place.country !== result.place.country || (i === dateline && by.place.admin1 !== result.place.admin1);
		if (setApart && result.reasons.includes('nearby-context')) continue;
		if (importanceOf(result.place) >= DOMINANT_RATIO * importanceOf(by.place) || !kindAllows(i, by.place)) continue;
		found.set(i, recurrence(by, result.mention));
	}
	return found;
}

/** Whether a mention's kind word (if any) allows the place: "Mendoza province" rules out the city. */
export function cueAllows(cue: KindCue | null, place: Resolution['place']): boolean {
	return cue === null || fitsCue(place, cue);
}
