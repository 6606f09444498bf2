// Small US towns the gazetteer knows only by a post office's name (zip-towns.ts: no population), read in
// running text where the name is no English word or first name and the text places the town by a
// preposition, a parent, a list or a qualifier (session 30, found on tests/geoparse/held-out-us-local-s30.ts);
// a name of several capitalised words too, whatever its words are (session 33: "near Elk Mountain"); and one
// another of the text's towns lies within 30 km of (session 36: "Lubec and Eastport, which share a coach").
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Each mapped toponym as "name → country/admin1". */
function read(text: string): string[] {
	return geoparse(text, gazetteer).map((t) => `${t.name} → ${t.country}/${gazetteer.places[gazetteer.byId.get(t.placeId)!]!.admin1}`);
}

describe('a town known only by its post office', () => {
	it('is read in a list of the towns around it', () => {
		expect(read('The Karnes County fair drew families from Kenedy, Runge and Hobson on Saturday.')).toContain('Hobson → US/TX');
	});

	it('is read alone of its name where the text places it', () => {
		expect(read('Deputies searched the fields between Armuchee and Lindale, north of Rome, Ga.')).toContain('Armuchee → US/GA');
	});

	it('is no person nor a building of that name', () => {
		const names = (text: string) => read(text).map((t) => t.slice(0, t.indexOf(' →')));
		expect(names('The report by Hartsburg was released Monday in Chicago.')).toEqual(['Chicago']);
		expect(names('Lawmakers returned to the Capitol in Jefferson City on Monday.')).toEqual(['Jefferson City']);
	});

	it('is set down by "in" or "near", not by "to" or "from"', () => {
		expect(read('Ranchers near Hobson cut their hay early this year, the extension office in Lewistown said.')).toContain('Hobson → US/MT');
		const names = (text: string) => read(text).map((t) => t.slice(0, t.indexOf(' →')));
		expect(names('The state auditor mailed a notice to Hobson on Tuesday and expects to hear from Hobson before the hearing in Helena.')).not.toContain('Hobson');
	});

	it('is no place in a text that uses the name as a person\'s', () => {
		const names = (text: string) => read(text).map((t) => t.slice(0, t.indexOf(' →')));
		expect(names('Deputy Carl Hobson drove the prisoner to Great Falls. The judge in Lewistown will hear from Hobson again next week.')).not.toContain('Hobson');
		expect(names("The jury found in Hobson's favor, and Hobson thanked the jurors at the courthouse in Springfield, Mo.")).not.toContain('Hobson');
	});

	it('is read by a name of several words too, where the text places it', () => {
		expect(read('Hunters stayed at a motel near Elk Mountain, west of Laramie, before the storm closed the interstate.')).toEqual(['Elk Mountain → US/WY', 'Laramie → US/WY']);
		// (after "from", with no town of the text near it)
		expect(read('Farmers from Beecher City met reporters in Chicago on Tuesday.').map((t) => t.slice(0, t.indexOf(' →')))).not.toContain('Beecher City');
	});

	it('is read where another of the text\'s towns lies within 30 km of it, whatever stands before it', () => {
		expect(read('Volunteers from Pukwana and Chamberlain cleared the road after the storm.')).toContain('Pukwana → US/SD');
		// "Farmers from Teutopolis and Beecher City met in Effingham": Effingham and Teutopolis lie beside it
		expect(read('Farmers from Teutopolis and Beecher City met in Effingham on Tuesday.')).toContain('Beecher City → US/IL');
		const names = (text: string) => read(text).map((t) => t.slice(0, t.indexOf(' →')));
		// not where the text's towns lie far from it, nor where the text uses the name as a person's
		expect(names('Volunteers from Pukwana and Sioux Falls cleared the road after the storm.')).not.toContain('Pukwana');
		expect(names('Deputy Dale Pukwana said volunteers from Chamberlain cleared the road.')).not.toContain('Pukwana');
	});
});
