// "Travel. DUBLIN — Our Laurens County tour group is back from nine days in Ireland", "PERU — Miami County
// readers sent this report from South America": a local paper's dateline names its own town, and a county the
// story names bare is most often the one that town lies in. Where a namesake of the dateline's town lies in a
// namesake of such a county (Dublin in Laurens County, Georgia; Peru in Miami County, Indiana), the two name
// each other: both are read so, whatever size or the story's talk of abroad chose for either (Ireland's capital,
// South Carolina's Laurens County). A dateline or a county the text qualifies ("DUBLIN, Ga.") stays as read.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { liesIn } from './containment.ts';
import { addBareRecurrences, noteMoved, type MovedNames } from './recurrence.ts';
import { resolution } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import { restsOn, SIZE_ECHO_OR_COUNTRY } from './weak-reasons.ts';

// a dateline stands in the opening line, after at most a short heading ("Travel. ")
const DATELINE_WITHIN = 60;
// the town's name in capitals, then a dash: "DUBLIN — ", "PERU -- "
const DASH_AFTER = /^\s*(?:—|–|--?)\s/;
// the heads of a county's name
const COUNTY_HEAD = / (?:County|Parish)$/;

/** The index of the text's dateline mention (a town's name in capitals before a dash, in the opening), or -1. */
export function datelineIndex(results: readonly Resolution[], text: string): number {
	for (let i = 0; i < results.length; i++) {
		const { candidate, surface } = results[i]!.mention;
		if (candidate.start > DATELINE_WITHIN) return -1;
		if (/\p{Ll}/u.test(surface) || !/\p{Lu}{2}/u.test(surface)) continue;
		return DASH_AFTER.test(text.slice(candidate.end, candidate.end + 5)) ? i : -1;
	}
	return -1;
}

/** The dateline town and the county of the text that hold each other, with the county mention's index, or null. */
function pairedNamesakes(results: readonly Resolution[], dateline: Resolution, gazetteer: Gazetteer): { town: GazetteerPlace; county: GazetteerPlace; at: number } | null {
	const { places: towns, alternate } = dateline.mention.candidate;
	for (let j = 0; j < results.length; j++) {
		const result = results[j]!;
		if (!COUNTY_HEAD.test(result.mention.surface) || result.reasons.includes('qualified') || liesIn(dateline.place, result.place, gazetteer)) continue;
		for (const id of result.mention.candidate.places) {
			const county = gazetteer.places[id]!;
			if (county.kind !== 'district') continue;
			for (let k = 0; k < towns.length; k++) {
				const town = gazetteer.places[towns[k]!]!;
				if (!alternate[k] && town.kind === 'city' && liesIn(town, county, gazetteer)) return { town, county, at: j };
			}
		}
	}
	return null;
}

// a capital's dateline is the capital: "WASHINGTON — … a spill in Washington County", "JACKSON — … Madison County"
const CAPITALS = new Set(['PPLC', 'PPLA']);

/**
 * Whether the dateline's reading may give way: read abroad (a US county names no town of Ireland), or at home by
 * size, country or an earlier reading alone, and no capital.
 */
function movable(dateline: Resolution, county: GazetteerPlace): boolean {
	if (dateline.place.country !== county.country) return true;
	return restsOn(dateline.reasons, SIZE_ECHO_OR_COUNTRY) && !CAPITALS.has(dateline.place.featureCode ?? '');
}

// a name with its possessive: "Greece's parliament", "Britain's finance minister"
const POSSESSIVE_AFTER = /^['’]s\b/;

/**
 * "ATHENS — Greece's parliament passed the budget", "CAIRO — Egyptian officials opened a museum", "LONDON — Scotland
 * Yard detectives flew to Boston": where the dateline's own sentence names the country it was read in by a
 * nationality, a possessive or inside a body's name, the story is set there (rolling review, s44). "DUBLIN — Our
 * Laurens County tour group is back from nine days in Ireland" names it only as where the group went.
 */
function setInItsCountry(results: readonly Resolution[], i: number, text: string): boolean {
	const { country } = results[i]!.place;
	const from = results[i]!.mention.candidate.end;
	const stop = text.indexOf('. ', from);
	for (let j = i + 1; j < results.length; j++) {
		const { place, mention } = results[j]!;
		if (stop >= 0 && mention.candidate.start > stop) break;
		if (place.country !== country) continue;
		if (mention.usage !== 'literal' || POSSESSIVE_AFTER.test(text.slice(mention.candidate.end, mention.candidate.end + 3))) return true;
	}
	return false;
}

/** New readings, by result index, of a dateline town and a county the text names that pair up, and of their bare recurrences. */
export function datelineCounties(results: readonly Resolution[], text: string, gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	const i = datelineIndex(results, text);
	if (i < 0) return found;
	const dateline = results[i]!;
	if (dateline.reasons.includes('qualified')) return found;
	const pair = pairedNamesakes(results, dateline, gazetteer);
	if (!pair || !movable(dateline, pair.county) || setInItsCountry(results, i, text)) return found;
	const moved: MovedNames = new Map();
	const county = results[pair.at]!;
	// (mapped, whatever an earlier pass left unmapped: the pair places itself)
	const townRead = resolution(dateline.mention, pair.town, dateline.score, ['named-parent'], dateline.alternatives);
	const countyRead = resolution(county.mention, pair.county, county.score, ['nearby-context'], county.alternatives);
	if (dateline.place !== pair.town) {
		found.set(i, townRead);
		noteMoved(moved, dateline, townRead);
	}
	if (county.place !== pair.county) {
		found.set(pair.at, countyRead);
		noteMoved(moved, county, countyRead);
	}
	addBareRecurrences(results, found, moved);
	return found;
}
