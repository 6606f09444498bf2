import { nameKey } from '../gazetteer/normalize.ts';
import { isFirstLevelRegion, type Gazetteer } from '../gazetteer/types.ts';
import { lowerCompassBefore } from './compass-span.ts';
import { CAPITALISED_ARTICLES, GEOGRAPHIC_HEADS, POSITION_WORDS } from './context-words.ts';
import { titleBeforeOf, withDivisionTitle } from './division-titles.ts';
import { withColonisersBefore, withStateTitle } from './state-titles.ts';
import { adjectiveDistrict, onlyDistricts } from './adjective-districts.ts';
import { withDiminutive } from './diminutive-names.ts';
import { gluedByApostrophe, joinedNameEnd } from './joined-names.ts';
import { riverLand, riverStretch } from './river-lands.ts';
import { lookup, readerOf, single, type Match, type NameReader } from './name-lookup.ts';
import { tokenAt, tokenEndingAt, tokenStartingAt, type Token } from './tokens.ts';
import { lastOf } from './packed.ts';
import { findAbbreviationCandidates } from './abbreviation-candidates.ts';
import { lowerArticleName, withLowerArticle } from './article-names.ts';
import { ARABIC_ARTICLES, elidedBefore, ELIDED_ARTICLES, ENGLISH_NAME_JOINERS, FOREIGN_NAME_PARTICLES } from './name-particles.ts';
import { respanned } from './respanned.ts';
import { cityWordSpan } from './city-word-span.ts';
import { featureHeadSpan } from './feature-head-span.ts';
import { isFirstName, isListedWord } from './word-facts.ts';
import { townAsResidentAdjective } from './resident-adjective.ts';
import { endsUnread, GAPS_KEYS_DROP } from './ends-unread.ts';
import { withDivisionsOfBareName, WRITTEN_DIVISION_WORDS } from './written-division-word.ts';
import { cutAtComma, regionAfterComma } from './comma-names.ts';
import { withBracketedQualifier } from './bracketed-qualifier.ts';

/** A span of text that names something in the gazetteer, before any judgement of whether it is a place. */
export interface Candidate {
	start: number;
	end: number;
	/** first and last token (inclusive) */
	first: number;
	last: number;
	/** place indices, most important first */
	places: number[];
	/** how likely each place is meant by this name, before context (importance, less for alternate names) */
	importance: number[];
	/** whether the name is only one of GeoNames' alternate names of that place */
	alternate: boolean[];
	via: 'name' | 'demonym' | 'abbreviation';
}

// Homonyms beyond this many, by importance, are never the one a news text means (unless the text names their
// parents: read-document.ts).
export const MAX_HOMONYMS = 25;

/** The name key of a candidate's words in the text (one name however the text writes it). */
export function candidateKey(text: string, candidate: Candidate): string {
	return nameKey(text.slice(candidate.start, candidate.end));
}

// Lower-case words that may sit inside a multi-word name ("Republic of Armenia", "Bosnia and Herzegovina").
// Czech, Slovak and Polish names join a town to its river or region with "nad", "pod", "na" ("Ústí nad
// Labem", "Nowe Miasto nad Pilicą", "Nové Město na Moravě").
// German, Dutch, Italian and French ones too, as name-goes-on.ts knows them: "Rothenburg ob der Tauber", "Bernau im
// Schwarzwald", "Neustadt bei Coburg", "Bergen op Zoom", "Alphen aan den Rijn", "Castiglione della Pescaia" were
// never read whole, and their first word was then dropped as part of a longer name
// "Oldenburg in Holstein", "Greve in Chianti", "Hall in Tirol": English "in" goes on only to a name the
// gazetteer has whole (it is no particle for name-goes-on.ts: "Springfield in Illinois" is two places); so does
// the Spanish, Portuguese and Italian "a" ("Gracias a Dios", "San Giovanni a Piro"; "Kenya a year ago" reads no longer name)
const NAME_CONNECTORS: ReadonlySet<string> = new Set([...FOREIGN_NAME_PARTICLES, ...ENGLISH_NAME_JOINERS, 'in', 'a']);
// What may separate the words of one name: a space, a hyphen, "St. Louis", "Côte d'Ivoire".
const NAME_GAP = /^(?: |-|–|\. ?|'|’| - |, )$/;
// "Orange County", "Kasserine Governorate": an administrative word after a known name extends it even
// when the gazetteer lacks the longer unit (the place found is inside it or gives it its name);
// "Myrhorod Raion", "Quba Rayon", "Kotel Municipality": the districts of the former Soviet states and the
// municipalities of the Balkans bear their seat's name the same way, as do Indonesia's regencies ("Wonosobo Regency")
const ADMINISTRATIVE_HEADS = new Set(['County', 'Province', 'Parish', 'District', 'Governorate', 'Region', 'Oblast', 'Prefecture', 'Borough', 'Valley', 'Delta', 'Raion', 'Rayon', 'Municipality', 'Regency']);
const DIVISION_ADJECTIVES = new Set(['Municipal', 'Metropolitan']);
// "the Pool department": a division word text writes in lower case after the name ends the name as the
// geographic heads do, read with it where the gazetteer has the whole ("Pool Department") and the name alone does not name it
const LOWER_DIVISION_WORDS = new Set(['department']);
const MAX_NAME_TOKENS = 7;
// Possessives as real text writes them: Azerbaijan's, Azerbaijan’s, Azerbaijan`s, and Azerbaijanəs
// (a mis-encoded apostrophe glued to the word).
const SCHWA = 0x259;
const MODIFIER_APOSTROPHE = 0x2bc;

/** Whether the word ends in "əs" or "ʼs", read by its last two codes: asked of every name of one word that goes on to no longer one. */
function gluedPossessive(word: string): boolean {
	const before = word.charCodeAt(word.length - 2);
	return word.charCodeAt(word.length - 1) === 115 && (before === SCHWA || before === MODIFIER_APOSTROPHE);
}

// the Persian linking vowel a hyphen holds to the word before: "Mazar-e Sharif", "Bandar-e Anzali", "Kuh-ye Sorkh"
const EZAFE = new Set(['e', 'i', 'ye', 'yi']);

/**
 * A lower-case word inside a name: a connector ("Republic of Armenia"), any word hyphens hold on both
 * sides ("Port-au-Prince", "Bird-in-Hand", "Newcastle-under-Lyme"), the Arabic article a hyphen holds to
 * the word after it ("Deir ez-Zor"), or the Persian linking vowel before a capitalised word ("Torbat-e Jam").
 */
function connects(token: Token, next: Token | undefined): boolean {
	return NAME_CONNECTORS.has(token.text) || (token.gapBefore === '-' && next?.gapBefore === '-' && /^\p{Ll}+$/u.test(token.text)) || elidedBefore(token, next) || (next?.gapBefore === '-' && ARABIC_ARTICLES.has(token.text)) || (token.gapBefore === '-' && next?.gapBefore === ' ' && next.capitalized && EZAFE.has(token.text));
}

const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«']);

/** The gap before a word ends in a quotation mark: the word opens a quotation. */
function opensQuote(gap: string): boolean {
	return gap.length > 0 && OPENING_QUOTES.has(gap[gap.length - 1]!);
}

/** NAME_GAP, with the usual single space answered without the expression */
function nameGap(gap: string): boolean {
	return gap === ' ' || NAME_GAP.test(gap);
}


// a lower-case unit after a town's name, then the body or staff that governs it ("Marion city council")
const TOWN_UNITS = new Set(['city', 'town', 'village', 'township', 'borough', 'county']);
const GOVERNING_WORDS = new Set('council councils councilman councilwoman councilmember commission commissioners commissioner schools school police officials leaders manager administrator attorney clerk engineer hall limits employees workers government board trustees'.split(' '));

function governsTown(unit: Token, next: Token | undefined): boolean {
	return TOWN_UNITS.has(unit.text) && unit.gapBefore === ' ' && next !== undefined && next.gapBefore === ' ' && GOVERNING_WORDS.has(next.text);
}

function landBeforeCityOf(gazetteer: Gazetteer, land: Candidate, next: Token | undefined): boolean {
	const place = gazetteer.places[land.places[0]!]!;
	return next?.text === 'of' && next.gapBefore === ' ' && (place.kind === 'country' || isFirstLevelRegion(place));
}

function nameLike(token: Token): boolean {
	return token.capitalized;
}

// the gaps that hold a word to the one before it inside a written word
const JOINING_GAPS = new Set(['-', "'", '’']);

// the lower-case words a name may go on through (mayGoOn), in one set: one probe, not five, after each name read
const GOES_ON_WORDS: ReadonlySet<string> = new Set([...NAME_CONNECTORS, ...GEOGRAPHIC_HEADS, ...LOWER_DIVISION_WORDS, 's', ...ELIDED_ARTICLES, ...ARABIC_ARTICLES]);

/**
 * Whether a name read up to this span may go on to a longer one in the gazetteer: a name key of more
 * words begins with its key and a space, unless the next word's gap is one the key drops.
 */
function mayGoOn(names: NameReader, next: Token | undefined): boolean {
	if (!next) return false;
	if (GAPS_KEYS_DROP.has(next.gapBefore)) return true;
	// a word that goes on no name ("The city", "He said") ends it whatever longer keys there are: the
	// recogniser would stop at it at once, so the table is not asked
	if (!nameGap(next.gapBefore) || !(nameLike(next) || next.gapBefore === '-' || GOES_ON_WORDS.has(next.text))) return false;
	return names.beginsLonger();
}

/** The leading reading bears the name as its own and writes it with an apostrophe and s ("St. John's"). */
function ownNameEndsInPossessive(gazetteer: Gazetteer, match: Match): boolean {
	return !match.alternate[0] && /['’]s$/.test(gazetteer.places[match.places[0]!]!.name);
}

/** The leading reading is the place's own name and ends in s ("St. Marys", what GeoNames writes for "St. Mary's"). */
function ownNameEndsInS(gazetteer: Gazetteer, match: Match): boolean {
	return !match.alternate[0] && match.via === 'name' && /s$/.test(gazetteer.places[match.places[0]!]!.name);
}

/**
 * A word that only names things, no English word or first name, and not after "the" ("the Capitol"): a
 * small town known from its post office may be read in running text by it.
 */
function postOfficeName(gazetteer: Gazetteer, word: Token, before: Token | undefined): boolean {
	return before?.lower !== 'the' && !isListedWord(word.lower, gazetteer) && !isFirstName(word.lower, gazetteer);
}

/** "a 34-year-old Ansley man": a first name that is no English word, written as the town a person is from. */
function firstNameAsResidence(gazetteer: Gazetteer, tokens: Token[], at: number): boolean {
	return !isListedWord(tokens[at]!.lower, gazetteer) && townAsResidentAdjective(tokens, at, at);
}

/**
 * "near Elk Mountain", "of Altamont and Beecher City": a post office's name of several capitalised words, not
 * after "the", opening a sentence or led by a position word, may be read too (index.ts keeps it only where the text places it); read
 * word by word it was a far town's name ("Elk") or nothing.
 */
function postOfficeNameOfWords(tokens: Token[], first: number, last: number): boolean {
	// ("South China", "Old Lyme": a position word before a town's name reads its part, compass-span.ts; "New" leads
	// a town's own name, "New Leipzig", as no new state of Leipzig is written so)
	if (tokenAt(tokens, first - 1)?.lower === 'the' || (tokens[first]!.lower !== 'new' && POSITION_WORDS.has(tokens[first]!.lower))) return false;
	// "NEW LEIPZIG — ", "NEW LEIPZIG: ": a dateline or a roundup's heading in capitals, whatever opens the line
	if (datelineWords(tokens, first, last)) return true;
	if (tokens[first]!.sentenceStart) return false;
	for (let t = first; t <= last; t++) if (!tokens[t]!.capitalized || tokens[t]!.allCaps) return false;
	return true;
}

/** Words all in capitals, ended by a dash or a colon: a dateline or a heading. */
function datelineWords(tokens: Token[], first: number, last: number): boolean {
	for (let t = first; t <= last; t++) if (!tokens[t]!.allCaps) return false;
	return DATELINE_END.test(tokens[last + 1]?.gapBefore ?? '');
}
// the gap after a dateline or a heading: a colon, or a dash between spaces
const DATELINE_END = /^(?::\s|\s[—–-]{1,2}\s)/;

/** "the Kagera region": a name the gazetteer knows only with its division word capitalised ("Kagera Region") is not read with a lower-case word. */
function capitalWordOnly(gazetteer: Gazetteer, text: string, start: number, end: number): boolean {
	return gazetteer.capitalWordNames?.has(nameKey(text.slice(start, end))) ?? false;
}

/** Longest gazetteer names (and demonyms) starting at capitalised tokens, left to right, never overlapping. */
export function findNameCandidates(text: string, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
	const found: Candidate[] = [];
	const maxTokens = Math.min(MAX_NAME_TOKENS, gazetteer.maxNameWords * 2 - 1);
	const names = readerOf(gazetteer);
	let i = 0;
	while (i < tokens.length) {
		const head = tokens[i]!;
		if (!nameLike(head)) {
			i++;
			continue;
		}
		let best: Candidate | null = null;
		// the longest name read before any comma: what a span cut back at a comma keeps
		let beforeComma: Candidate | null = null;
		let crossedComma = false;
		let last = i;
		for (let j = i; j < tokens.length && j - i < maxTokens; j++) {
			const token = tokens[j]!;
			if (j > i && !nameGap(token.gapBefore)) break;
			if (j > i && token.gapBefore === ', ') crossedComma = true;
			// "the Lachin corridor", "the Caspian sea": a lower-case geographic noun may end a name
			// "Azerbaijan's": the possessive s ends the name of a place; a longer name may run through
			// another word's ("People's Republic of China", "Democratic People's Republic of Korea")
			// ... and so may a longer name through the place's own ("Cox's Bazar" after "Cox")
			if (j > i && token.text === 's' && /['’`]/.test(token.gapBefore)) {
				const withS = names.read(text, head.start, token.end, false);
				// "St. John's", "Land's End": where the place's own name is written with the apostrophe, the s is the name's
				// ... and "St. Mary's, Georgia" where the gazetteer writes it without the apostrophe ("St. Marys";
				// a name of more words only: one word and its s is a person's as often, "Edward's", Edwards)
				if (withS && !withS.unsizedOnly && (ownNameEndsInPossessive(gazetteer, withS) || (j > i + 1 && ownNameEndsInS(gazetteer, withS)))) {
					best = respanned(withS, head.start, token.end, i, j);
					if (!crossedComma) beforeComma = best;
					last = j;
					if (!mayGoOn(names, tokens[j + 1])) break;
					continue;
				}
				// "King's Lynn" after "King" though "Kings" is a name too, "Prince George's County": a longer name
				// read through the s replaces the shorter only where the gazetteer has it
				if (best && !mayGoOn(names, tokens[j + 1])) break;
				continue;
			}
			// "Rome city commissioners", "Lima city schools": the town's government, not a place called "Rome City"
			if (j > i && !nameLike(token) && governsTown(token, tokens[j + 1])) break;
			// "the Michigan city of Flint": a state's or a country's name before "city of" is that land, not a town "Michigan City"
			if (best !== null && best.last === j - 1 && token.text === 'city' && landBeforeCityOf(gazetteer, best, tokens[j + 1])) break;
			// "the Spanish town of Buñol", "founded the Spanish town in 1538": a nationality's adjective before a lower-case
			// town word says whose town it is, not a place called "Spanish Town"
			if (j === i + 1 && TOWN_UNITS.has(token.text) && gazetteer.demonyms.has(head.lower)) break;
			// ("Burlington, county officials said": a lower-case word after a comma opens the next phrase, no name's head)
			const lowerHead = j > i && !nameLike(token) && token.gapBefore !== ', ';
			const lowerDivision = lowerHead && LOWER_DIVISION_WORDS.has(token.text);
			const geographicHead = lowerDivision || (lowerHead && GEOGRAPHIC_HEADS.has(token.text));
			const glued = j > i && !nameLike(token) && gluedByApostrophe(token);
			if (j > i && !nameLike(token) && !connects(token, tokens[j + 1]) && !geographicHead && !glued) break;
			// "\"Gracias a Dios,\" she said": a quoted phrase that opens on a capital is a saying, "a" joins no name there
			if (token.text === 'a' && opensQuote(head.gapBefore)) break;
			// a name never ends on a connector, save one a hyphen holds to the word before as its last ("Hpa-an")
			const hyphenLast = j > i && !nameLike(token) && token.gapBefore === '-' && !JOINING_GAPS.has(tokens[j + 1]?.gapBefore ?? '');
			if (!nameLike(token) && !geographicHead && !glued && !hyphenLast) continue;
			last = j;
			// ("The city lies…": an article and a common noun are never a name, whatever a gazetteer lists)
			if (CAPITALISED_ARTICLES.has(head.text) && !tokens[i + 1]?.capitalized) break;
			// "the Pool region", "the Centre region of Burkina Faso": the first-level divisions of the name before the word too
			const whole = names.read(text, head.start, token.end, j === i);
			const hit = geographicHead && WRITTEN_DIVISION_WORDS.has(token.text) ? withDivisionsOfBareName(gazetteer, whole, best, text, head.start, tokenAt(tokens, j - 1)!.end) : whole;
			// a name only post offices bear ("Capitol", "Fields", "Mississippi State") is not recognised in
			// running text: it reads as a place only where a caller gives its span; save one word that is no
			// English word or first name ("Hartsburg", "Hobson"), which index.ts keeps only where the text places it
			// ... or a first name written as a person's town ("a 34-year-old Ansley man": resident-adjective.ts)
			if (hit && (!hit.unsizedOnly || (j === i ? postOfficeName(gazetteer, head, tokenAt(tokens, i - 1)) || firstNameAsResidence(gazetteer, tokens, i) : postOfficeNameOfWords(tokens, i, j))) && !(geographicHead && capitalWordOnly(gazetteer, text, head.start, token.end)) && !(lowerDivision && best?.places.some((place) => hit.places.includes(place)))) {
				best = respanned(hit, head.start, token.end, i, j);
				if (!crossedComma) beforeComma = best;
			}
			if (geographicHead) break;
			// "The White House said": no name goes on from "the white house", so nothing longer is looked
			// up (a glued possessive, "Azerbaijanəs", is read alone only where no name word follows it)
			if (!mayGoOn(names, tokens[j + 1]) && (last > i || !gluedPossessive(head.text))) break;
			// "the Trump administration": a capitalised next word with which no name is read or goes on
			// would be read and end the name there: it ends it unread (as that read would leave the loop)
			if (endsUnread(names, tokens, j + 1, j + 1 - i < maxTokens)) {
				last = j + 1;
				break;
			}
		}
		if (!best) best = lowerArticleName(tokens, i, last, text, names, gazetteer);
		if (!best && last === i && gluedPossessive(head.text)) {
			const end = head.end - 2;
			const hit = names.read(text, head.start, end, true);
			if (hit) best = respanned(hit, head.start, end, i, i);
		}
		// "Troitsky District": the district of Troitsk, whatever town the adjective also names; beside the
		// gazetteer's districts of that name, which may be other oblasts' ("Kirovsky District" names dozens)
		if (!best || best.last === i || (best.last === i + 1 && onlyDistricts(best, gazetteer))) best = adjectiveDistrict(tokens, i, gazetteer, best) ?? best;
		if (best && best !== beforeComma) best = cutAtComma(best, beforeComma, tokens, text, names);
		if (best) best = withLowerArticle(best, tokens, text, names, gazetteer);
		// "San Pablo, Laguna": a name read across a comma by another place's old or foreign name alone
		// (San Pablo La Laguna, Guatemala) is the name before the comma and its region after it
		if (best && beforeComma && best !== beforeComma && best.alternate.every(Boolean) && regionAfterComma(beforeComma, best, tokens, text, names, gazetteer)) best = beforeComma;
		// "Sévérac-d'Aveyron": a place word inside a longer joined name is a word of it; go on after the name
		const joinedEnd = best ? joinedNameEnd(tokens, best.first, best.last) : -1;
		if (joinedEnd >= 0) {
			i = joinedEnd + 1;
			continue;
		}
		// "the Canton of Bern": the division's title, not a town called Canton
		if (best && titleBeforeOf(best, tokens)) {
			i++;
			continue;
		}
		if (best) {
			// "Frankfurt (Oder)", "Lenzen (Elbe)": a town's bracketed river or land is a word of its name (the gap test first)
			if (tokens[best.last + 1]?.gapBefore === ' (') best = withBracketedQualifier(best, tokens, text, names, gazetteer) ?? best;
			const next = tokens[best.last + 1];
			if (best.via === 'name' && next && next.gapBefore === ' ' && ADMINISTRATIVE_HEADS.has(next.text)) {
				const river = riverLand(best, text.slice(best.start, best.end), next.text, gazetteer);
				best = respanned(river ?? best, best.start, next.end, best.first, best.last + 1);
			} else if (next?.text === 'City') best = cityWordSpan(best, next, gazetteer) ?? best;
			else if (best.via === 'name' && next && next.gapBefore === ' ' && DIVISION_ADJECTIVES.has(next.text)) {
				// "Nenagh Municipal District", "Wigan Metropolitan Borough": the division around its town, named whole
				const head = tokens[best.last + 2];
				if (head && head.gapBefore === ' ' && ADMINISTRATIVE_HEADS.has(head.text)) best = respanned(best, best.start, head.end, best.first, best.last + 2);
			} else {
				// "Asahikawa Airport", "Cork Harbour": a feature named after the place, one name (the token test first)
				const featured = next?.capitalized ? featureHeadSpan(best, tokens, gazetteer) : best;
				if (featured !== best) best = featured;
				else if (best.via === 'name' && best.first === best.last) {
					const river = riverStretch(best, text.slice(best.start, best.end), tokens, gazetteer);
					if (river) best = respanned(river, best.start, best.end, best.first, best.last);
				}
			}
			// "south-east Asia", "eastern Europe": a continent's quarter in lower case is the region the gazetteer
			// has under the capitalised name ("Southeast Asia"), not the continent
			// (the token test first: a place object is one the processor seldom holds in its cache)
			const compassBefore = lowerCompassBefore(best, tokens);
			const compass = compassBefore !== null && gazetteer.places[best.places[0]!]!.kind === 'continent' ? compassBefore : null;
			const quarter = compass === null ? null : names.read(text, tokens[compass]!.start, best.end, false);
			if (quarter && quarter.via === 'name') best = respanned(quarter, tokens[compass!]!.start, best.end, compass!, best.last);
			// "Washington, D.C.": a name ending in an initial keeps its full stop
			if (tokens[best.last]!.text.length === 1 && tokens[best.last]!.capitalized && text[best.end] === '.') best = respanned(best, best.start, best.end + 1, best.first, best.last);
			const previous = lastOf(found);
			best = withStateTitle(withColonisersBefore(best, tokens, previous, gazetteer), tokens, previous);
			while (found.length > 0 && found[found.length - 1]!.first >= best.first) found.pop();
			const before = lastOf(found);
			found.push(withDiminutive(withDivisionTitle(best, tokens, before), tokens, before));
			i = best.last + 1;
		} else i++;
	}
	return found;
}

/**
 * All candidates without overlaps: a name that contains an abbreviation wins ("Washington, D.C.",
 * "U.S. Virgin Islands"); otherwise the abbreviation does.
 */
export function findCandidates(text: string, tokens: Token[], gazetteer: Gazetteer): Candidate[] {
	const names = findNameCandidates(text, tokens, gazetteer);
	const abbreviations = findAbbreviationCandidates(text, tokens, gazetteer);
	// names alone are sorted already (found left to right, never overlapping)
	if (abbreviations.length === 0) return names;
	// names never overlap each other, so each token belongs to at most one: index them by token
	const nameAtToken = new Map<number, Candidate>();
	for (const name of names) for (let t = name.first; t <= name.last; t++) nameAtToken.set(t, name);
	const dropped = new Set<Candidate>();
	const kept: Candidate[] = [];
	for (const abbreviation of abbreviations) {
		const covering = nameAtToken.get(abbreviation.first);
		const containsIt = covering && covering.first <= abbreviation.first && abbreviation.last <= covering.last && covering.last - covering.first > abbreviation.last - abbreviation.first;
		if (containsIt) continue;
		kept.push(abbreviation);
		for (let t = abbreviation.first; t <= abbreviation.last; t++) {
			const overlapped = nameAtToken.get(t);
			if (overlapped) dropped.add(overlapped);
		}
	}
	for (const name of names) if (!dropped.has(name)) kept.push(name);
	return kept.sort((a, b) => a.start - b.start);
}

/**
 * A given span longer than this names nothing (the gazetteer's longest name has under 100 characters).
 * Reading a span's key costs its length: spans nested over a long text (each from its start to another
 * word) would cost the text's length each.
 */
export const MAX_GIVEN_SPAN_CHARS = 1_000;

/**
 * The candidate for a span someone else found (their NER, a gold annotation): the gazetteer's places
 * for exactly that text, whatever its case. Null when the span is not on token boundaries, is longer
 * than any name, or names nothing the gazetteer knows.
 */
export function spanCandidate(text: string, tokens: Token[], gazetteer: Gazetteer, span: { start: number; end: number }): Candidate | null {
	if (span.end - span.start > MAX_GIVEN_SPAN_CHARS) return null;
	const first = tokenStartingAt(tokens, span.start);
	const last = tokenEndingAt(tokens, span.end);
	if (first < 0 || last < first) return null;
	const surface = text.slice(span.start, span.end);
	const abbreviation = gazetteer.abbreviations.get(surface);
	const hit = abbreviation !== undefined ? single(gazetteer, abbreviation, 'abbreviation') : lookup(gazetteer, nameKey(surface), first === last);
	return hit && respanned(hit, span.start, span.end, first, last);
}
