// The two sides of a fixture ("Worcester v Sale") are clubs of one league: where size alone put their towns
// in two countries, both are the namesakes in the country that holds a town of each name, and the side's
// name again later is that town again (src/lib/geoparse/fixture-sides.ts). National sides, towns that
// outweigh their namesakes as a dominant one does ("Paris v London") and sides already in one country stay
// as they are. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('the sides of a fixture', () => {
	it('are towns of one country where size alone put them in two', () => {
		expect(places('Rugby union: Worcester v Sale kicks off at 7pm on Friday.')).toEqual(['Worcester GB', 'Sale GB']);
	});

	it('carry the town to the side named again later', () => {
		expect(places('Worcester v Sale (Fri). In contrast, Sale have made four changes since their last game.')).toEqual(['Worcester GB', 'Sale GB', 'Sale GB']);
	});

	it('leave towns that outweigh their namesakes, national sides and sides of one country as they are', () => {
		expect(places('The Olympic race is now Paris v London, and the vote is next year.')).toEqual(['Paris FR', 'London GB']);
		expect(places('France v Wales (Sat), kick-off at 1600 GMT.')).toEqual(['France FR', 'Wales GB']);
		expect(places('Tonight: Perth v Sydney, then Dallas vs Denver on Monday.')).toEqual(['Perth AU', 'Sydney AU', 'Dallas US', 'Denver US']);
	});

	it('move a side only to a town of its own name, or one its name begins', () => {
		// GeoNames lists "Porto" among the other names of Bordeaux: no French club is called so
		expect(places('Cup quarter-finals: Porto v Nantes and Braga v Rennes, both on Thursday.')).toEqual(['Porto PT', 'Nantes FR', 'Braga PT', 'Rennes FR']);
		expect(places('Sunday: Newcastle v Manchester United at noon.')).toEqual(['Newcastle GB', 'Manchester GB']);
	});

	it('read "X against Y" in a match report as a fixture too', () => {
		// Newcastle, County Dublin (2,659 people) lies by Dublin; the club playing Leicester is Newcastle upon Tyne's
		const report = 'Tait endured a nightmare for Newcastle against Leicester on Saturday. Two tries against Newcastle helped Smith, who was born in Dublin.';
		expect(places(report)).toEqual(['Newcastle GB', 'Leicester GB', 'Newcastle GB', 'Dublin IE']);
		// not a town against a country, nor a town that outweighs its namesakes
		expect(places('Protests in Paris against Washington grew on Sunday.')).toEqual(['Paris FR', 'Washington US']);
	});

	it('leave a fixture across the Canada–US border as it is: the two share their leagues', () => {
		expect(places('Exhibition football: Hamilton vs Buffalo at Tim Hortons Field on Saturday.').slice(0, 2)).toEqual(['Hamilton CA', 'Buffalo US']);
		expect(places('Hockey tonight: Toronto v Columbus, then Winnipeg vs Dallas.')).toEqual(['Toronto CA', 'Columbus US', 'Winnipeg CA', 'Dallas US']);
	});

	it('read an everyday word alone in a squad list\'s brackets as its club\'s town where two other bracketed towns stand by it', () => {
		// (src/lib/geoparse/bracketed-clubs.ts; world-s45 A, BBC squad lists)
		const squad = 'England name their squad. Forwards: T Dan (Leicester), W Stuart (Bath), T Curry (Sale), A Mitchell (Northampton). The flanker (Bath) returns.';
		expect(places(squad)).toEqual(['England GB', 'Leicester GB', 'Bath GB', 'Sale GB', 'Northampton GB', 'Bath GB']);
		// one bracketed town beside it is no list of clubs
		expect(places('England name their squad. Forwards: T Dan (Leicester) and W Stuart (Bath).')).toEqual(['England GB', 'Leicester GB']);
		// a club by its town's short name (data/gazetteer/aliases.tsv): Brive-la-Gaillarde, Bourgoin-Jallieu
		expect(places('France: A Dupont (Toulouse), T Ntamack (Brive), L Nallet (Bourgoin).')).toEqual(['France FR', 'Toulouse FR', 'Brive FR', 'Bourgoin FR']);
	});
});
