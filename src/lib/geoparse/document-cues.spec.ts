import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { fitsCue, kindCue, listJoined } from './document-cues.ts';
import { tokenize } from './tokens.ts';

/** A candidate on the first occurrence of a name in a text. */
function candidateFor(text: string, name: string): { candidate: Candidate; tokens: ReturnType<typeof tokenize> } {
	const tokens = tokenize(text);
	const start = text.indexOf(name);
	const first = tokens.findIndex((t) => t.start === start);
	const last = tokens.findIndex((t) => t.end === start + name.length);
	return { tokens, candidate: { start, end: start + name.length, first, last, places: [0], importance: [1], alternate: [false], via: 'name' } };
}

function cueIn(text: string, name: string) {
	const { candidate, tokens } = candidateFor(text, name);
	return kindCue(candidate, tokens);
}

function place(kind: GazetteerPlace['kind'], featureCode: string, population: number): GazetteerPlace {
	return { id: 'x', name: 'x', kind, featureCode, country: 'US', admin1: 'AR', lat: 0, lon: 0, population, geonameId: null };
}

describe('kindCue', () => {
	it('reads the noun before "of" and a state after the name', () => {
		expect(cueIn('Fires spread across the state of Washington.', 'Washington')).toBe('region');
		expect(cueIn('The Town of Washington was founded in 1779.', 'Washington')).toBe('town');
		expect(cueIn('the English city of Salisbury', 'Salisbury')).toBe('city');
		expect(cueIn('Rain fell in Washington state today.', 'Washington')).toBe('region');
	});

	it('reads a description after a copula, a few adjectives on', () => {
		expect(cueIn('Washington is a small rural town in Arkansas.', 'Washington')).toBe('town');
		expect(cueIn('Greenville is the county seat.', 'Greenville')).toBe('city');
		expect(cueIn('Marion is a small county in Iowa.', 'Marion')).toBe('district');
		expect(cueIn('Washington is a very big and busy place.', 'Washington')).toBeNull();
	});

	it('gives nothing for an ordinary phrase, a capitalised noun or a distant one', () => {
		expect(cueIn('The mayor of Washington said.', 'Washington')).toBeNull();
		expect(cueIn('Washington State University', 'Washington')).toBeNull();
		expect(cueIn('the border territory of Georgia', 'Georgia')).toBeNull();
	});

	it('reads a town government right after the name as a town ("the Malta Town Board", "Berlin selectboard", "Paris Township")', () => {
		expect(cueIn('The Malta Town Board met on Monday.', 'Malta')).toBe('town');
		expect(cueIn('the Berlin town clerk', 'Berlin')).toBe('town');
		expect(cueIn('The Berlin selectboard voted.', 'Berlin')).toBe('town');
		expect(cueIn('Paris Township trustees met.', 'Paris')).toBe('town');
		expect(cueIn('The Berlin city council met.', 'Berlin')).toBeNull();
		expect(cueIn('the Berlin town of old', 'Berlin')).toBeNull();
	});

	it('reads no town from a hall, a meeting, a council or planning, which big cities have too ("Sydney Town Hall")', () => {
		expect(cueIn('Crowds filled Sydney Town Hall.', 'Sydney')).toBeNull();
		expect(cueIn('She held a Philadelphia town hall meeting.', 'Philadelphia')).toBeNull();
		expect(cueIn('The Delhi town planning committee met.', 'Delhi')).toBeNull();
		expect(cueIn('The Leeds Town Council voted.', 'Leeds')).toBeNull();
	});

	it('gives nothing for a division word that ends another name ("the Thaba Chweu Local Municipality of Mpumalanga")', () => {
		expect(cueIn('a town in the Thaba Chweu Local Municipality of Mpumalanga, South Africa', 'Mpumalanga')).toBeNull();
		expect(cueIn('a village in the Kraków County of Lesser Poland', 'Lesser Poland')).toBeNull();
		expect(cueIn('a town in the municipality of Mpumalanga', 'Mpumalanga')).toBe('city');
	});
});

describe('fitsCue', () => {
	it('keeps capitals and cities of 300,000 out of a town (English towns reach 250,000)', () => {
		expect(fitsCue(place('city', 'PPLC', 700_000), 'town')).toBe(false);
		expect(fitsCue(place('city', 'PPL', 350_000), 'town')).toBe(false);
		expect(fitsCue(place('city', 'PPL', 250_000), 'town')).toBe(true);
		expect(fitsCue(place('city', 'PPLA2', 1_500), 'town')).toBe(true);
		expect(fitsCue(place('region', 'ADM1', 1_000_000), 'region')).toBe(true);
		expect(fitsCue(place('city', 'PPL', 1_000), 'region')).toBe(false);
	});
});

describe('listJoined', () => {
	const text = 'Michigan, Oregon, New Mexico and Idaho; Paris near Lyon';
	const at = (name: string) => candidateFor(text, name).candidate;
	it('joins items by commas, "and", "or" and slashes, not by other words', () => {
		expect(listJoined(text, at('Michigan'), at('Oregon'))).toBe(true);
		expect(listJoined(text, at('New Mexico'), at('Idaho'))).toBe(true);
		expect(listJoined(text, at('Idaho'), at('Paris'))).toBe(false);
		expect(listJoined(text, at('Paris'), at('Lyon'))).toBe(false);
	});
});
