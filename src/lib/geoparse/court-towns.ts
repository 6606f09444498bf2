// "A Perth man appeared at Perth Sheriff Court": a court only Britain has, named by its town, sits in that
// town, so the name is the British namesake, whatever bigger one abroad its size or fame chose (Perth,
// Western Australia); a country share from the court (british-bodies.ts) does not outweigh a famous city.
// The court's words qualify the town as ", Scotland" would; the bare name again ("a Perth man") is that town
// again, unless the text's own words placed it elsewhere ("Perth, Western Australia").
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { addBareRecurrences, noteMoved, type MovedNames } from './recurrence.ts';
import { replaced } from './resolution.ts';
import type { Resolution } from './resolve.ts';
import type { Token } from './tokens.ts';
import { restsOn, UNPLACING } from './weak-reasons.ts';

// England and Wales's Crown Courts and Scotland's sheriff courts: no other country names its courts so
const COURT_WORDS = new Set(['crown', 'sheriff']);
const BRITAIN = 'GB';
const TOWN_KINDS = new Set(['city', 'district']);

/**
 * Whether the text holds " Court": a search for "Court" with the space before it checked. (V8 finds a search's
 * first character by scanning for it, and a space is every sixth character of a text: text.includes(' Court')
 * stopped at each, about 4× the time, 0.4 % of a warm pass.)
 */
function courtAfterSpace(text: string): boolean {
	for (let at = text.indexOf('Court', 1); at >= 0; at = text.indexOf('Court', at + 1)) if (text.charCodeAt(at - 1) === 32) return true;
	return false;
}

/** The towns named by a British court (see above) and their bare recurrences, with their British namesake, by result index. */
export function courtTowns(results: Resolution[], tokens: readonly Token[], text: string, gazetteer: Gazetteer): Map<number, Resolution> {
	const found = new Map<number, Resolution>();
	// (most texts name no such court: one search of the text first)
	if (!courtAfterSpace(text)) return found;
	const moved: MovedNames = new Map();
	results.forEach((result, i) => {
		if (result.place.country === BRITAIN || !namesCourt(result, tokens) || !restsOn(result.reasons, UNPLACING)) return;
		const british = britishNamesake(result, gazetteer);
		if (!british) return;
		const to = replaced(result, result.mention, british, result.score, ['qualified', ...result.reasons.filter((r) => r !== 'population')]);
		found.set(i, to);
		noteMoved(moved, result, to);
	});
	addBareRecurrences(results, found, moved);
	return found;
}

/** Whether the name is followed by "Crown Court" or "Sheriff Court" (the toponym may run on over them: an organisation's name). */
function namesCourt({ mention }: Resolution, tokens: readonly Token[]): boolean {
	const court = tokens[mention.candidate.last + 1];
	const word = tokens[mention.candidate.last + 2];
	return !!court && !!word && COURT_WORDS.has(court.lower) && word.lower === 'court' && court.gapBefore === ' ' && word.gapBefore === ' ';
}

/**
 * The most important British town of the mention's own name, else one whose name it begins ("Kingston Crown
 * Court" is Kingston upon Thames'); not one known only by another name.
 */
function britishNamesake({ mention }: Resolution, gazetteer: Gazetteer): GazetteerPlace | null {
	const { places, alternate } = mention.candidate;
	let opening: GazetteerPlace | null = null;
	for (let k = 0; k < places.length; k++) {
		const place = gazetteer.places[places[k]!]!;
		if (place.country !== BRITAIN || !TOWN_KINDS.has(place.kind)) continue;
		if (!alternate[k]) return place;
		if (!opening && nameKey(place.name).startsWith(`${mention.key} `)) opening = place;
	}
	return opening;
}
