// A place the text names only by one of its other names (GeoNames' old, foreign or stunt names: "Julia" for
// Plovdiv, "Google" for Topeka), not by its own.
import { nameKey } from '../gazetteer/normalize.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { spellsOwnName, withinChanges } from './alternate-spelling.ts';
import { KNOWN_ABROAD } from './known-abroad.ts';
import { elidedBefore } from './name-particles.ts';
import { admin1Key } from './region-key.ts';
import type { AcceptedMention } from './resolve.ts';
import { sentenceHasWord } from './sentence-around.ts';
import { isShortForm } from './short-forms.ts';
import { tokenAt, type Token } from './tokens.ts';
import { isListedWord } from './word-facts.ts';
import type { ResolutionReason } from '../contracts.ts';
import { BIGGEST_ONLY, NONE_NEAR, restsOn } from './weak-reasons.ts';
import { kilometres } from './qualifies.ts';

// "Galway city": "city" in lower case says what it is, as a qualifier does
export const CITY_WORD = ' city';

/** Whether the candidate's name is only one of the place's alternate (foreign, old) names. */
export function namedByAlternate(candidate: Candidate, place: GazetteerPlace, gazetteer: Gazetteer): boolean {
	// by the place itself, not its id: looking the id up in the gazetteer's half-million would cost more
	for (let k = 0; k < candidate.places.length; k++) if (gazetteer.places[candidate.places[k]!] === place) return candidate.alternate[k]!;
	return false;
}

/**
 * A town too small to be known abroad (under KNOWN_ABROAD people; its names in many languages are not asked) that the
 * mention names only by another name: not read across a comma ("Savannah,
 * Georgia" is qualified by its own second part), not followed by "city", not a short form the text itself
 * makes ("Kingston upon Thames … Kingston": short-forms.ts), not the own name respelled ("Puerto Cortés").
 */
export function byOtherNameOnly(mention: AcceptedMention, place: GazetteerPlace, gazetteer: Gazetteer): boolean {
	return place.population < KNOWN_ABROAD && byOtherNameAtAnySize(mention, place, gazetteer);
}

/** byOtherNameOnly for a place of any size: "Paz" names La Paz, Baja California Sur (250,000), only as another name. */
export function byOtherNameAtAnySize(mention: AcceptedMention, place: GazetteerPlace, gazetteer: Gazetteer): boolean {
	return namedByAlternate(mention.candidate, place, gazetteer) && !mention.surface.includes(', ') && !mention.surface.endsWith(CITY_WORD) && !isShortForm(mention) && !spellsOwnName(mention.key, place, gazetteer);
}

// lands whose towns bear English names of their own: English has no exonym for them, so another one-word name
// of theirs sharing no word with the own one is a stunt or a firm's name ("Google" for Topeka), not the one the
// news writes ("Ypres" for Ieper); not Canada, Ireland, New Zealand, Wales or Scotland, whose towns' French, Irish,
// Maori, Welsh or Gaelic names English texts write as well ("Fans travelled to Wrecsam", revA s46)
const ENGLISH_NAMED_LANDS = new Set(['US', 'AU', 'GB:ENG']);
// words that say a name is a name, in the sentences of an old one ("founded as Mauch Chunk", "renamed", "formerly")
const NAMING_WORDS = new Set('called named renamed formerly founded known name names'.split(' '));

/** Whether a sentence that holds a mention of the key says a name is a name. */
function namedAsName(key: string, resolutions: readonly { mention: AcceptedMention }[], tokens: readonly Token[]): boolean {
	return resolutions.some(({ mention }) => mention.key === key && sentenceHasWord(tokens, mention.candidate.first, NAMING_WORDS));
}

/**
 * "… a rival to Google. … Google still reigns": a town of an English-named land named by another one-word name
 * sharing no word with its own, which the text also writes with no preposition (unmapped there by byOtherNameOnly),
 * is what that name is throughout ("Walsingham" of Little Walsingham shares a word); not where the text says it is
 * a name ("Jim Thorpe was founded as Mauch Chunk").
 */
export function strayNameOfEnglishTown(mention: AcceptedMention, place: GazetteerPlace, resolutions: readonly { mention: AcceptedMention }[], tokens: readonly Token[]): boolean {
	if (mention.candidate.first !== mention.candidate.last) return false;
	if (!ENGLISH_NAMED_LANDS.has(place.country ?? '') && !ENGLISH_NAMED_LANDS.has(`${place.country}:${place.admin1}`)) return false;
	const own = new Set(nameKey(place.name).split(/[\s-]+/));
	if (mention.key.split(/[\s-]+/).some((word) => own.has(word))) return false;
	return resolutions.some((other) => other.mention !== mention && other.mention.key === mention.key && other.mention.why !== 'locative') && !namedAsName(mention.key, resolutions, tokens);
}

/** Whether the text names the place's first-level region (its places by "country:admin1", resolved). */
function provinceNamed(place: GazetteerPlace, placesByRegion: Map<string, Set<GazetteerPlace>>): boolean {
	if (!place.admin1) return false;
	const inRegion = placesByRegion.get(admin1Key(place.country, place.admin1));
	if (inRegion) for (const other of inRegion) if (isFirstLevelRegion(other)) return true;
	return false;
}

/**
 * "Esmeraldas province, including San Lorenzo", "Rothenburg … in Bavaria": the opening words of a town's own
 * name (San Lorenzo de Esmeraldas, Rothenburg ob der Tauber) where the text names the town's province. Not where
 * the text's name goes on with an elided article ("the Pont d'Arc", an arch, is no Pont-de-Vaux).
 */
export function openingWithProvince(mention: AcceptedMention, place: GazetteerPlace, placesByRegion: () => Map<string, Set<GazetteerPlace>>, tokens: Token[]): boolean {
	if (!startsOwnName(mention.key, place)) return false;
	const next = tokens[mention.candidate.last + 1];
	if (next && next.gapBefore === ' ' && elidedBefore(next, tokens[mention.candidate.last + 2])) return false;
	return provinceNamed(place, placesByRegion());
}

/** The name opens the place's own name, a short form of it ("Stansted" of Stansted Mountfitchet). */
export function startsOwnName(key: string, place: GazetteerPlace): boolean {
	return nameKey(place.name).startsWith(key);
}

// the lower-case titles of a person named right after them ("U2 frontman Bono", "blogger Salam Pax")
const PERSON_ROLES = new Set(
	'frontman frontwoman singer rapper guitarist drummer bassist blogger writer author novelist actor actress director producer presenter comedian star striker midfielder defender goalkeeper winger'.split(' ')
);

// the capitalised words that open a club's name before its town's
const CLUB_WORDS = new Set('dynamo sporting real atletico athletic racing olympique olympiakos lokomotiv spartak inter union sparta hapoel maccabi'.split(' '));

/**
 * The key spells a word of the place's own name with one letter changed ("Bono" Bonn, "Pax" La Paz, "Liga"
 * Riga): a foreign spelling English news does not use. The English and former names it does use differ more
 * ("Kiev" Kyiv, "Basle" Basel, "Bombay", "Peking", "Constantinople": former-names.ts's kind).
 */
function foreignSpelling(key: string, place: GazetteerPlace): boolean {
	for (const word of nameKey(place.name).split(' ')) if (word !== key && withinChanges(word, key, 1)) return true;
	return false;
}

/** What says the bare name is a person's or a word: a listed English word ("pro bono"), a person's title right before it, or a capitalised word before it inside its sentence ("Salam Pax", "the Primera Liga"). */
function nameOrWordCue(mention: AcceptedMention, tokens: readonly Token[], gazetteer: Gazetteer): boolean {
	if (isListedWord(mention.key, gazetteer)) return true;
	const head = tokens[mention.candidate.first];
	const before = tokenAt(tokens, mention.candidate.first - 1);
	if (!head || !before || head.gapBefore !== ' ') return false;
	// (a club's abbreviation or word before it names the club: "AS Roma", "Dynamo Kiev", "Real Madrid")
	if (before.capitalized) return !before.sentenceStart && !before.allCaps && !CLUB_WORDS.has(before.lower);
	return PERSON_ROLES.has(before.text);
}

/**
 * "U2 frontman Bono", "Salam Pax", "the Primera Liga": a city known abroad, named bare (no preposition, no
 * qualifier) only by a foreign spelling of its name (Bonn's, La Paz's, Riga's) and chosen for nothing but its
 * size, in a text that names nothing else in its country, by any name or inside another name, is a person, a
 * word or part of a longer name where a cue says so (nameOrWordCue). Not its English or former names ("Kiev
 * says", "Bombay was hit", "Dynamo Kiev"), not its own name shortened or respelled ("Rio", "Seville"), not beside another name of its
 * country ("Mumbai (Bombay)", "Bayern Munich beat Cologne").
 * `namesInCountry`: the keys of the text's names in each country.
 */
export function bigCityByOtherNameAlone(mention: AcceptedMention, place: GazetteerPlace, reasons: readonly ResolutionReason[], gazetteer: Gazetteer, tokens: readonly Token[], namesInCountry: () => Map<string, Set<string>>): boolean {
	if (mention.why === 'locative' || place.kind !== 'city' || !restsOn(reasons, BIGGEST_ONLY)) return false;
	if (!foreignSpelling(mention.key, place) || !namedByAlternate(mention.candidate, place, gazetteer) || startsOwnName(mention.key, place) || spellsOwnName(mention.key, place, gazetteer)) return false;
	if (!nameOrWordCue(mention, tokens, gazetteer)) return false;
	const names = namesInCountry().get(place.country ?? '');
	return !names || [...names].every((key) => key === mention.key);
}

/** The key is one word of the place's longer own name ("paz" of La Paz): a piece of the name, no name English uses for it (not "Calcutta" for Kolkata). */
export function pieceOfOwnName(key: string, place: GazetteerPlace): boolean {
	const own = nameKey(place.name);
	return own !== key && own.split(' ').includes(key);
}

// a town this far from every other place of the text lies outside the area the text is about
const FAR_FROM_TEXT_KM = 1_000;
// ... where the text places this many others (a text of one or two names says too little of its area)
const OTHER_PLACES = 3;

/** Whether every other place of the text lies outside the place's country and far from it, and there are enough of them. */
function farFromAll(key: string, place: GazetteerPlace, resolutions: readonly { mention: AcceptedMention; place: GazetteerPlace }[]): boolean {
	const others = new Set<GazetteerPlace>();
	for (const other of resolutions) {
		// (the same name read as the same place is the mention itself or its repetition; another name of it is support)
		if (other.mention.key === key && other.place === place) continue;
		if (other.place.country === place.country || kilometres(other.place, place) <= FAR_FROM_TEXT_KM) return false;
		others.add(other.place);
	}
	return others.size >= OTHER_PLACES;
}

/**
 * "pilgrims who walked between Mina and the plain of Arafat … Mecca … Jeddah": a town under KNOWN_ABROAD named only by
 * another of its names (Minot, North Dakota, whose GeoNames names hold "Mina"), chosen by nothing but its size, its
 * country or that name alone, in a country no other place of the text lies in and farther than FAR_FROM_TEXT_KM from
 * every one of them, is no reading of the name: the text's own place is one the gazetteer lacks. Not the opening of
 * the town's own name, the short form English writes ("a tribute show comes to Clacton" in a story of Las Vegas); the
 * place named by another name too ("Minot … Mina") lies in its own country, which keeps it. The test made once per
 * text: the scan over the text's places runs once per name and place, however often the text repeats the name.
 */
export function otherNamesFarFromText(resolutions: readonly { mention: AcceptedMention; place: GazetteerPlace }[], gazetteer: Gazetteer): (mention: AcceptedMention, place: GazetteerPlace, reasons: readonly ResolutionReason[]) => boolean {
	const known = new Map<GazetteerPlace, Map<string, boolean>>();
	return (mention, place, reasons) => {
		if (place.kind !== 'city' || !restsOn(reasons, NONE_NEAR) || !byOtherNameOnly(mention, place, gazetteer) || startsOwnName(mention.key, place)) return false;
		let byKey = known.get(place);
		if (!byKey) known.set(place, (byKey = new Map()));
		let far = byKey.get(mention.key);
		if (far === undefined) byKey.set(mention.key, (far = farFromAll(mention.key, place, resolutions)));
		return far;
	};
}
