import type { ResolutionReason, Toponym } from '../contracts.ts';
import { isUnsizedTown, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { type Candidate } from './candidates.ts';
import { type Verdict } from './judge.ts';
import { placedPostOfficeNames, postOfficeOnly } from './post-office-names.ts';
import { bareResidentAdjective, residenceCorroborated } from './resident-adjective.ts';
import { SAME_NAME_PLACE, LISTED_PLACE, CLUB_PLACE } from './place-readings.ts';
import { firmRole, organisationsNamedInFull, outlivesFirm, placeCueHolds } from './firm-cues.ts';
import { namesReadAsThings, weakTownReading } from './firm-lists.ts';
import { organisationEnd } from './organisation-span.ts';
import { dashedVenue, NAME_DASHES, schoolStart, venueEnd } from './venue-span.ts';
import { compassStart, partWordStart } from './compass-span.ts';
import { compassNamesOfNoRegion } from './compass-regions.ts';
import { townFeatureStart } from './town-feature-span.ts';
import { resolveMentions, type AcceptedMention } from './resolve.ts';
import { recognise } from './recognise.ts';
import { namesReadOtherwise } from './names-read-otherwise.ts';
import { tokenAt, type Token } from './tokens.ts';
import { placeAlongCourses } from './along-course.ts';
import { toponymAt } from './toponym.ts';
import { wordContext } from './word-context.ts';
import { computedOnce } from './computed-once.ts';
import { otherPlaceInCountry, plainPlacesOfEachCountry } from './places-by-country.ts';
import { setsByKey } from './sets-by-key.ts';
import { placeWithinParents } from './within-parent.ts';
import { placeStatedNeighbours } from './stated-neighbours.ts';
import { alsoKnownAs } from './also-known-as.ts';
import { alternativesOf } from './alternatives.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { bigCityByOtherNameAlone, byOtherNameAtAnySize, byOtherNameOnly, CITY_WORD, namedByAlternate, openingWithProvince, otherNamesFarFromText, pieceOfOwnName, strayNameOfEnglishTown, startsOwnName } from './by-other-name.ts';
import { possessiveAfterComma } from './possessive-apposition.ts';
import { waterNamesAsFirms } from './bare-water-names.ts';
import { filterPacked, mapPacked } from './packed.ts';
import { clubMention, clubTowns } from './club-towns.ts';
import { universityMention, universityTowns } from './university-names.ts';
import { clubOfDistrict, sideInResult, standsForTeam, teamInApposition, teamTowns } from './team-towns.ts';
import { saintPossessiveDropped } from './saint-possessives.ts';
import { hyphenedEndAstray } from './hyphened-towns.ts';
import { writtenOtherwise } from './written-case.ts';
import { nordicLetterDropped } from './written-accents.ts';
import { NAME_ALONE, NONE_NEAR, PLACING, restsOn } from './weak-reasons.ts';
import { personNamedElsewhere } from './person-elsewhere.ts';
import { isFirstName } from './word-facts.ts';
import { admin1Key } from './region-key.ts';
import { KNOWN_ABROAD } from './known-abroad.ts';
import { outweighsNamesakesAtHome } from './namesakes-at-home.ts';
import { givenMentions, mergeGiven } from './given-mentions.ts';
import { codesInTheirSportsCountry } from './sports-codes.ts';
import { landTest } from './names-land.ts';

// prepositions that follow verbs of giving, passing and speaking as often as verbs of going ("crossed to", "a letter from")
const PERSON_PREPOSITIONS = new Set(['to', 'from']);
// readings of a name as a place that a person of that name elsewhere in the text does not undo
const PLACE_READINGS = new Set(['locative', SAME_NAME_PLACE, LISTED_PLACE, CLUB_PLACE]);
const PLACE_READINGS_AGAIN = new Set([SAME_NAME_PLACE, LISTED_PLACE, CLUB_PLACE]);
// Evidence that lets a small place's bare name count as a mention: it agrees with the document.
const SUPPORT: ReadonlySet<ResolutionReason> = new Set(['country-context', 'region-context', 'qualified', 'nearby-context', 'same-name-earlier', 'curated', 'named-parent', 'list-context', 'stated-population']);
// A town known only from a post-office list needs the text to place it: its parents, neighbours or size.
const UNSIZED_SUPPORT: ReadonlySet<ResolutionReason> = new Set(['qualified', 'nearby-context', 'same-name-earlier', 'named-parent', 'list-context', 'stated-population']);
// "the Miami Valley" (Dayton's, named after a river): a valley or delta read as one of the towns of its
// name is that town's land where the name is the town's alone or the text is about the town's area;
// chosen among namesakes by size or country alone, it is some other valley
const LANDFORM_AFTER_TOWN = / (?:Valley|Delta)$/;
const LOCAL_SUPPORT: ReadonlySet<ResolutionReason> = new Set(['only-candidate', 'qualified', 'nearby-context', 'region-context', 'named-parent', 'list-context']);
// "an Elmer woman … near Vineland": what places a little-known town written as a person's adjective without
// an age (its state, its neighbours, its parents), where "a Harvard man" names a school's
const RESIDENCE_SUPPORT: ReadonlySet<ResolutionReason> = new Set(['qualified', 'nearby-context', 'region-context', 'named-parent', 'list-context']);

export type { Toponym };
export { toponymAt, type ToponymPlace } from './toponym.ts';
export { recognise } from './recognise.ts';

export interface GeoparseOptions {
	/** also return place words inside organisation/treaty names (usage "embedded"); default true */
	includeEmbedded?: boolean;
	/**
	 * Resolve exactly these spans (someone else's recogniser, gold annotations) instead of the ones
	 * found here; what is found here still serves as context. Spans the gazetteer has no name for (but
	 * where the text names the place's parents: within-parent.ts), or that do not start and end on word
	 * boundaries, give no toponym.
	 */
	spans?: { start: number; end: number }[];
	/** list this many alternative places on each toponym (default 0) */
	alternatives?: number;
}

// "Galway city", "Limerick city": the town's other name with the word written after it in lower case

const RECOGNITION_CONFIDENCE = new Map<string, number>([
	['locative', 0.95],
	['well-known', 0.95],
	['demonym', 0.9],
	['name', 0.75],
	['inside-name', 0.6]
]);

/**
 * Finds the place names in a text and resolves each to a gazetteer place. Pure and synchronous:
 * text and a loaded gazetteer in, toponyms (sorted by offset) out.
 */
export function geoparse(text: string, gazetteer: Gazetteer, options: GeoparseOptions = {}): Toponym[] {
	return geoparseRecognised(text, gazetteer, recognise(text, gazetteer), options);
}

// The texts geoparseMany takes through the recogniser before resolving them: its code and tables stay in the
// processor's caches over a few dozen texts, then resolution's. (GeoWebNews passes, each way in turn in one
// process, at load 30: 0.93-0.97 of the CPU time text by text, 200 texts at once 1.05; at load 14 the same.)
const TEXTS_PER_STAGE = 40;

/** geoparse of each text, in order, with the same answers, quicker than text by text (the ingest's batches). */
export function geoparseMany(texts: readonly string[], gazetteer: Gazetteer, options: GeoparseOptions = {}): Toponym[][] {
	const results: Toponym[][] = [];
	for (let from = 0; from < texts.length; from += TEXTS_PER_STAGE) {
		const recognised = texts.slice(from, from + TEXTS_PER_STAGE).map((text) => recognise(text, gazetteer));
		recognised.forEach((stage, k) => results.push(geoparseRecognised(texts[from + k]!, gazetteer, stage, options)));
	}
	return results;
}

/** Everything after the recogniser's stage: the text's mentions resolved, filtered and put as toponyms. */
function geoparseRecognised(text: string, gazetteer: Gazetteer, recognised: ReturnType<typeof recognise>, options: GeoparseOptions): Toponym[] {
	const { tokens, candidates, candidateAt, verdicts } = recognised;
	const { people, hyphened, firms, surnames, peopleHere, readAsOther } = namesReadOtherwise(text, candidates, verdicts, tokens);
	// the organisations the text names in full ("Delta Air Lines … Delta said"): see firmRole
	const organisations = organisationsNamedInFull(candidates, verdicts, tokens, text);
	const firmRoles = new Set<AcceptedMention>();
	// ... and its other bare mentions, in a list or a headline, where nothing in the text's words placed the town ("Delta cuts fares … with Delta, Continental and American")
	const firmsNamedBare = new Set<AcceptedMention>();
	// the small towns only "to" or "from" read as places, of a name the text gave a person (personAfterToOrFrom)
	const surnamesAfterToOrFrom = new Set<AcceptedMention>();
	let accepted: AcceptedMention[] = [];
	const landAt = landTest(candidateAt, tokens, gazetteer);
	// the towns the text names teams after ("the Dallas Cowboys"): their bare names may be the teams'
	const teams = teamTowns(text, candidates, tokens, candidateAt, gazetteer);
	// ... and the towns a sports text names clubs by alone ("Middlesbrough were drawn away"): their bare names are the clubs'
	const clubs = clubTowns(text, candidates, tokens, candidateAt, gazetteer);
	// ... and the towns it names as their universities ("a Harvard professor"): their bare names are the schools'
	const universities = universityTowns(text, candidates, tokens);
	// the end of the dash-joined venue name the last mention opened ("Tarbes–Lourdes–Pyrénées Airport")
	let venueNamesEnd = -1;
	for (let i = 0; i < candidates.length; i++) {
		const candidate = candidates[i]!;
		const verdict = verdicts[i]!;
		if (candidate.start < venueNamesEnd) continue;
		// (the names after the first are the venue's words whatever was read of the first)
		const dashed = NAME_DASHES.has(tokens[candidate.last + 1]?.gapBefore ?? '') ? dashedVenue(candidate, candidateAt, tokens, landAt) : null;
		if (dashed) venueNamesEnd = dashed.last.end;
		if (!verdict.keep) continue;
		const place = gazetteer.places[candidate.places[0]!]!;
		const surface = text.slice(candidate.start, candidate.end);
		const key = nameKey(surface);
		// ... but "in Nelson" is the town, whoever else is called Nelson
		if (!PLACE_READINGS.has(verdict.why) && candidate.via === 'name' && place.kind === 'city' && (people.has(key) || (hyphened.has(key) && verdict.why !== 'well-known') || (firms.has(key) && !placeCueHolds(candidate, tokens)))) continue;
		// ... and so is "Moya, Spain's Davis Cup hero" after "Carlos Moya": a country in the possessive after the
		// comma describes the one the text names so elsewhere, and places no small town of the name
		if (verdict.minor && candidate.via === 'name' && people.has(key) && possessiveAfterComma(candidate, candidateAt, tokens, gazetteer)) continue;
		// the end of the name of the venue or organisation the name opens, if it opens one
		const organisation = dashed ? dashed.end : organisationEnd(candidate, place, tokens);
		// ("Dallas quarterback Dak Prescott" after "the Dallas Cowboys": the team's short name)
		// ... and "Alabama's 35-14 win over Tennessee": a US state's name as a side in a match's result is a
		// college's team, whatever the text named before
		const team = organisation === null && verdict.usage === 'literal' && ((teams.has(key) && standsForTeam(candidate, tokens)) || (place.kind === 'region' && place.country === 'US' && sideInResult(candidate, tokens, text)) || clubOfDistrict(candidate, place, tokens, text) || teamInApposition(candidate, tokens) || clubMention(candidate, clubs, key, tokens, text, gazetteer) || (place.kind === 'city' && universityMention(candidate, universities, key, tokens)));
		const usage = organisation === null && !team ? verdict.usage : 'embedded';
		const mention: AcceptedMention = {
			candidate,
			usage,
			recognition: RECOGNITION_CONFIDENCE.get(verdict.why) ?? 0.8,
			why: verdict.why,
			minor: verdict.minor ?? false,
			surface,
			key
		};
		// added where it applies: a spread in the literal made every mention a slow object of its own shape
		if (organisation !== null) mention.end = organisation;
		// "Manila Cathedral": a place word read inside a longer name that is a venue's gives the venue's whole name
		else if (usage === 'embedded') {
			const venue = venueEnd(candidate, tokens, landAt);
			if (venue !== null) mention.end = venue;
			// ... and "the University of Alberta" the school's
			const school = venue === null ? schoolStart(candidate, tokens) : null;
			if (school !== null) mention.start = school;
		}
		// "Galway city": the toponym is the name; the word after it says what kind of place it is
		else if (surface.endsWith(CITY_WORD)) mention.end = candidate.end - CITY_WORD.length;
		const compass = compassStart(candidate, tokens) ?? partWordStart(candidate, place, tokens) ?? townFeatureStart(candidate, place, tokens);
		if (compass !== null) mention.start = compass;
		// "crossed to Fowler", "a pass from Fowler" after "Robbie Fowler" may be the person: decided on the
		// reading's reasons once resolved (the filter below)
		if (personAfterToOrFrom(verdict, candidate, place, surnames.has(key), tokens)) surnamesAfterToOrFrom.add(mention);
		if (organisations.has(key) && usage === 'literal' && !PLACE_READINGS.has(verdict.why) && candidate.via === 'name') (firmRole(candidate, tokens, gazetteer) ? firmRoles : firmsNamedBare).add(mention);
		accepted.push(mention);
	}
	const given = options.spans ? givenMentions(text, tokens, gazetteer, options.spans, candidateAt) : null;
	if (given) accepted = mergeGiven(accepted, given);
	// text the recogniser found nothing in (lower case) still names places around the given spans
	const words = given && given.size === accepted.length ? wordContext(text, tokens, gazetteer, options.spans!) : null;
	const resolutions = resolveMentions(accepted, gazetteer, text, tokens, words);
	// the countries the text's other places lie in: what lets a town that speaks be its own land's
	const countries = computedOnce(() => new Set(resolutions.flatMap((r) => (r.mention.why !== 'speaker' && r.place.country ? [r.place.country] : []))));
	// the countries the text names ("the North-West Region of Cameroon")
	const namedCountries = computedOnce(() => new Set(resolutions.flatMap((r) => (r.place.kind === 'country' && r.place.country ? [r.place.country] : []))));
	// how many of the text's places lie in each country
	const countryCounts = computedOnce(() => {
		const counts = new Map<string, number>();
		for (const r of resolutions) if (r.place.country) counts.set(r.place.country, (counts.get(r.place.country) ?? 0) + 1);
		return counts;
	});
	// the distinct places of the text in each first-level region, by "country:admin1"
	const placesByRegion = computedOnce(() => setsByKey(resolutions, (r) => (r.place.country && r.place.admin1 ? admin1Key(r.place.country, r.place.admin1) : undefined), (r) => r.place));
	// the places the text reads plainly (not inside another name) in each country
	const placesByCountry = computedOnce(() => plainPlacesOfEachCountry(resolutions));
	// the keys of the text's names in each country, inside other names too (by-other-name.ts)
	const namesByCountry = computedOnce(() => setsByKey(resolutions, (r) => r.place.country || undefined, (r) => r.mention.key));
	const postOfficePlaced = computedOnce(() => placedPostOfficeNames(resolutions, tokens, gazetteer));
	const readAsThings = computedOnce(() => namesReadAsThings(resolutions, candidates, verdicts, tokens, gazetteer));
	const waterFirms = computedOnce(() => waterNamesAsFirms(resolutions, tokens, (water) => otherPlaceInCountry(water, placesByCountry()), gazetteer.courses));
	const otherNameFarAway = otherNamesFarFromText(resolutions, gazetteer);
	const codeInItsSportsCountry = codesInTheirSportsCountry(resolutions);
	const compassNameOfNoRegion = compassNamesOfNoRegion(resolutions, (country) => namedCountries().has(country), tokens, candidateAt, gazetteer);
	const resolved = filterPacked(
		resolutions,
		// a small town named without a preposition and unrelated to the rest of the text is usually a surname
		({ mention, reasons, place, outsideNamedCountry }) => {
			if (outsideNamedCountry) return false;
			if (firmRoles.has(mention) && !outlivesFirm(place, placesByCountry)) return false;
			if (firmsNamedBare.has(mention) && restsOn(reasons, NAME_ALONE) && !outlivesFirm(place, placesByCountry)) return false;
			if (place.kind === 'water' && waterFirms().has(mention) && !reasons.some((r) => PLACING.has(r) || r === 'qualified')) return false;
			if (given) return given.has(mention);
			// ("GB rushed for 180 yards" in a text whose places all lie in the US: Green Bay's code, not Great Britain)
			if (mention.candidate.via === 'abbreviation' && codeInItsSportsCountry(mention.surface)) return false;
			if ((writtenOtherwise(place, mention.surface) || nordicLetterDropped(place, mention.surface)) && !reasons.includes('qualified') && !namedCountries().has(place.country ?? '')) return false;
			if (saintPossessiveDropped(place, mention.surface) && restsOn(reasons, NAME_ALONE)) return false;
			// ("The Mukilteo-Clinton route": a small town hyphened onto its neighbour is the namesake beside it or nothing)
			if (mention.minor && hyphenedEndAstray(mention.candidate, place, resolutions, candidateAt, tokens, gazetteer)) return false;
			// ... and "squared to Crawford" after "Danny Crawford" is the person where nothing but the town's size, its
			// country or an earlier such reading chose it; "from Clinton to Davenport" keeps the Clinton near Davenport
			if (surnamesAfterToOrFrom.has(mention) && restsOn(reasons, NONE_NEAR)) return false;
			// ... and a name only post offices bear (candidates.ts reads it where it is no English word) a text
			// that places it and never uses it as a person's name (post-office-names.ts)
			if (isUnsizedTown(place)) return reasons.some((r) => UNSIZED_SUPPORT.has(r)) && (postOfficeOnly(mention.candidate, gazetteer) ? postOfficePlaced().has(mention.surface.toLowerCase()) : true);
			if (compassNameOfNoRegion(mention, place, reasons)) return false;
			if (place.kind === 'city' && LANDFORM_AFTER_TOWN.test(mention.surface) && !reasons.some((r) => LOCAL_SUPPORT.has(r))) return false;
			// ("Google's shares … at Google": a town named only by another of its names after a preposition, where the
			// text reads the name as a person or a firm elsewhere, or names it bare elsewhere (strayNameOfEnglishTown), and nothing
			// but its size, its country or that name alone chose it, is what the name is there, a firm, a person or a word; other places
			// near it or words placing it keep it, as does the own name's opening, a short form: "at Stansted" is Stansted Mountfitchet)
			// (a piece of a city's own name at any size, where the text gives a person that name as a surname: "Senator
			// Rodrigo Paz … went narrowly to Paz" is no La Paz; a city named in many languages keeps its short form:
			// "Johnny Vegas … flew to Vegas")
			// ("between Mina and the plain of Arafat": a small town by another name only, far from all the text's places, by-other-name.ts)
			if (otherNameFarAway(mention, place, reasons)) return false;
			if (mention.why === 'locative' && restsOn(reasons, NONE_NEAR) && (surnames.has(mention.key) && pieceOfOwnName(mention.key, place) && !place.knownAbroad ? byOtherNameAtAnySize : byOtherNameOnly)(mention, place, gazetteer) && !startsOwnName(mention.key, place) && (readAsOther.has(mention.key) || strayNameOfEnglishTown(mention, place, resolutions, tokens))) return false;
			// ("between Google, Microsoft and Yahoo … in Google's favour", "GTA: San Andreas": a weak town's name listed among firms or a work's subtitle is that thing throughout, firm-lists.ts)
			if (weakTownReading(mention, place, reasons, gazetteer) && readAsThings().has(mention.key) && !placeCueHolds(mention.candidate, tokens)) return false;
			// ("a Harvard man": without an age and a neighbour, a town written as a person's adjective is weighed as a bare name)
			if (mention.why === 'locative' && !(mention.minor && bareResidentAdjective(tokens, mention.candidate.first, mention.candidate.last) && !reasons.some((r) => RESIDENCE_SUPPORT.has(r)) && !residenceCorroborated(place, placesByCountry().get(place.country)))) return true;
			if (!PLACE_READINGS.has(mention.why) && personNamedElsewhere(mention, place, reasons, peopleHere.has(mention.key), resolutions)) return false;
			// a place known here only by one of its foreign or old names ("Julia" for Plovdiv, "Google"
			// for Topeka) needs a preposition or a qualifier, unless it is big enough to be known abroad
			// by other names (New York, Cologne)
			// ("Savannah, Georgia", an alternate name read across its comma, is qualified by its own second part;
			// "Kingston upon Thames … Kingston" is named so by the text itself: short-forms.ts)
			// ("Galway city": "city" in lower case says what it is, as a qualifier does; "Puerto Cortés" spells Puerto Cortez)
			// ("Esmeraldas province, including San Lorenzo": the opening words of the town's own name, with its province named, name it)
			if (!reasons.includes('qualified') && byOtherNameOnly(mention, place, gazetteer) && !openingWithProvince(mention, place, placesByRegion, tokens)) return false;
			if (bigCityByOtherNameAlone(mention, place, reasons, gazetteer, tokens, namesByCountry)) return false;
			if (regionNamedLikeAPerson(mention, place, reasons, tokens, candidateAt, gazetteer, countryCounts)) return false;
			if (!mention.minor) return true;
			// a town named in many languages, by its own name here, is well known as a large city is ("the Venice Commission")
			if (place.knownAbroad && !namedByAlternate(mention.candidate, place, gazetteer)) return true;
			// a name read again as the place the text put it in stands on that place's own evidence, not on the repetition
			// ("cases in Most and Chomutov": a listed town in the first-level region of another of the text's places stands)
			if (PLACE_READINGS_AGAIN.has(mention.why)) return reasons.some((r) => SUPPORT.has(r) && r !== 'same-name-earlier') || (mention.why === LISTED_PLACE && outweighsNamesakesAtHome(mention, place, reasons, placesByRegion));
			// "Metro said": a town that speaks needs the text to be about its land; being the only one of its name is not enough
			if (mention.why === 'speaker') return reasons.some((r) => SUPPORT.has(r)) || countries().has(place.country ?? '');
			if (reasons.some((r) => SUPPORT.has(r) || (r === 'only-candidate' && mention.usage !== 'embedded'))) return true;
			return outweighsNamesakesAtHome(mention, place, reasons, placesByRegion);
		}
	);
	const alternatives = options.alternatives ?? 0;
	const toponyms = mapPacked(resolved, (resolution) => {
		const { mention, place, score, reasons } = resolution;
		const start = mention.start ?? mention.candidate.start;
		const end = mention.end ?? mention.candidate.end;
		const whole = start === mention.candidate.start && end === mention.candidate.end;
		const toponym = toponymAt({ start, end, name: whole ? mention.surface : text.slice(start, end) }, place, {
			score: Math.round(score * mention.recognition * 1000) / 1000,
			usage: mention.usage,
			reasons
		});
		if (alternatives > 0) {
			const others = alternativesOf(resolution, gazetteer, alternatives);
			if (others.length) toponym.alternatives = others;
		}
		return toponym;
	});
	placeAlongCourses(toponyms, gazetteer, tokens);
	// the places the gazetteer lacks that the text names with their parents ("X is a village in Y County")
	// (with given spans, the parents may be among the mentions read only as context)
	const givenSpans = options.spans ? new Set(options.spans.map((span) => `${span.start}:${span.end}`)) : null;
	const named = mapPacked(given ? resolutions : resolved, (r) => ({ start: r.mention.start ?? r.mention.candidate.start, name: r.mention.surface, usage: r.mention.usage, place: r.place }));
	if (given) named.sort((a, b) => a.start - b.start);
	const withinParents = placeWithinParents(text, tokens, toponyms, mapPacked(resolved, (r) => r.place), named, gazetteer, givenSpans);
	// ("Laimos lies 3 km to the south-west": the neighbours a description places from its subject; not among given spans)
	const found = alsoKnownAs(text, tokens, givenSpans ? withinParents : placeStatedNeighbours(text, tokens, withinParents, gazetteer), gazetteer, givenSpans);
	// a place word inside an organisation's name still says where the text is ("The Wyoming Department of
	// Transportation … Buffalo"): left out of the answer, not out of the context its other names are read in
	return options.includeEmbedded === false ? found.filter((t) => t.usage !== 'embedded') : found;
}

/** A small town that "to" or "from" alone read as a place, or one ", who" follows, named as a person elsewhere in the text (unmapped where its reasons are weak). */
function personAfterToOrFrom(verdict: Verdict, candidate: Candidate, place: GazetteerPlace, person: boolean, tokens: Token[]): boolean {
	if (!person || !verdict.keep || verdict.why !== 'locative' || verdict.anchored || !verdict.minor) return false;
	if (candidate.via !== 'name' || place.kind !== 'city') return false;
	// ("Tawfik, from Kilburn": a residence after a person's name)
	const preposition = tokenAt(tokens, candidate.first - 1);
	if (preposition !== undefined && PERSON_PREPOSITIONS.has(preposition.lower) && preposition.gapBefore !== ', ') return true;
	// ... and "had visited Pullman, who told him": a relative "who" after the name speaks of a person, whatever placed it
	const relative = tokens[candidate.last + 1];
	return relative !== undefined && relative.lower === 'who' && relative.gapBefore === ', ';
}

/**
 * "support for Gard and Yates": a region bearing a given name, named without a preposition (checked
 * before) and joined by "and" to a capitalised word that names no well-known place, with no evidence but
 * its size and no other place of its country in the text, is a person ("Virginia lawmakers", "Gard and
 * Hérault" stay).
 */
function regionNamedLikeAPerson(mention: AcceptedMention, place: GazetteerPlace, reasons: ResolutionReason[], tokens: Token[], candidateAt: Map<number, Candidate>, gazetteer: Gazetteer, countryCounts: () => Map<string, number>): boolean {
	if (place.kind !== 'region' || mention.candidate.via !== 'name' || !isFirstName(mention.key, gazetteer)) return false;
	const and = tokens[mention.candidate.last + 1];
	const partner = tokens[mention.candidate.last + 2];
	if (!and || !partner || and.text !== 'and' || and.gapBefore !== ' ' || partner.gapBefore !== ' ' || !partner.capitalized) return false;
	const partnerPlace = candidateAt.get(mention.candidate.last + 2);
	if (partnerPlace && (partnerPlace.via !== 'name' || gazetteer.places[partnerPlace.places[0]!]!.kind !== 'city' || partnerPlace.importance[0]! >= KNOWN_ABROAD)) return false;
	if (reasons.some((r) => SUPPORT.has(r))) return false;
	return (countryCounts().get(place.country ?? '') ?? 0) <= 1;
}
