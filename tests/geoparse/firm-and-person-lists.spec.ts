// The items of a list a plural noun for firms or people opens ("carmakers such as …", "artists like …",
// "companies, including …") are firms or people, whatever towns bear their names (kind-lists.ts); a list of
// places says so by its own noun, and a name the list's noun does not reach stays a place; an item listed
// or paired with a firm named as one ("General Motors", "… Electric") is a firm too. So is what
// carries out research, a survey or a poll ("research by Jupiter suggested": research-authors.ts). Sentences
// written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('an item of a list of firms or people', () => {
	it('is no place', () => {
		expect(places('Rival carmakers, including Vexora, Toyota and Quillmark, cut their prices last week.')).toEqual([]);
		expect(places('Phone companies such as Zentrix and Thomson are gearing up for the launch.')).toEqual([]);
		expect(places('The charts were led by singers like Ashanti and Merriwyn this year.')).toEqual([]);
	});

	it('leaves lists of places, owners of items, names the list does not reach, and names before a noun', () => {
		expect(places('Exporters in countries such as Ghana and Kenya were hit.')).toEqual(['Ghana GH', 'Kenya KE']);
		expect(places('Carmakers such as Germany’s Vexora expanded.')).toEqual(['Germany DE']);
		// (the list ends with its "and": "Kenya" after it is none of its items)
		expect(places('After tours by singers like Merriwyn and Dallow, Kenya hosts the next festival.')).toEqual(['Kenya KE']);
		expect(places('The studio cast actors including Kenyan comedians in the lead roles.')).toEqual(['Kenyan KE']);
	});

	it('leaves states and first-level regions in a list of firms: a state lends and plays a part too', () => {
		expect(places('Creditors such as banks and lenders such as Peru and Ghana refused to cut the debt.')).toEqual(['Peru PE', 'Ghana GH']);
		expect(places('Big players like Chile, Vietnam and Egypt shape the coffee trade.')).toEqual(['Chile CL', 'Vietnam VN', 'Egypt EG']);
		expect(places('The summit’s key players, including Poland and Sweden, walked out.')).toEqual(['Poland PL', 'Sweden SE']);
		expect(places('Insurers such as Ontario cover the losses from the flood.')).toEqual(['Ontario CA']);
	});
});

describe('a name listed or paired with a firm named as one ("… Motors", "… Electric")', () => {
	it('is a firm', () => {
		expect(places('Firms that went to court include Vexora, Brandt Motors and Toyota.')).toEqual([]);
		expect(places('Hitachi and Quillmark Electric are pooling their research on screens.')).toEqual([]);
	});

	it('leaves a place with a firm after a preposition, before a noun, a list the firm only follows, and a place named like a bank', () => {
		expect(places('Talks between Detroit and Brandt Motors broke down on Monday.')).toEqual(['Detroit US']);
		expect(places('Flights link Atlanta and Quillmark Airlines hubs.')).toEqual(['Atlanta US']);
		expect(places('Plants in Ohio, Michigan and Indiana will close, Brandt Motors said.')).toEqual(['Ohio US', 'Michigan US', 'Indiana US']);
		expect(places('Aid reached the West Bank and Gaza on Monday.')).toEqual(['West Bank PS', 'Gaza PS']);
	});
});

describe('a name standing alone after "by" after a word for research', () => {
	it('is the firm or institution that carried it out', () => {
		expect(places('New research by Jupiter suggested that few people want such phones.')).toEqual([]);
		expect(places('A survey carried out by Gallup, published on Monday, found the same.')).toEqual([]);
	});

	it('leaves a country before the researchers it modifies, and research in a place', () => {
		expect(places('A study by UK researchers found the same.')).toEqual(['UK GB']);
		expect(places('Research in Jupiter suggested that few people want such phones.')).toEqual(['Jupiter US']);
	});

	it('leaves a state or a first-level region that reports', () => {
		expect(places('A report by Peru to the World Bank said the mines were closing.')).toEqual(['Peru PE']);
		expect(places('New research by Sweden suggested fewer wolves were born.')).toEqual(['Sweden SE']);
		expect(places('Findings by Ohio showed the bridges were unsafe.')).toEqual(['Ohio US']);
	});
});

describe('a weakly read town in a list of three or more whose other items are no places (firm-lists.ts)', () => {
	it('is one of the list’s things, and so are its bare mentions elsewhere', () => {
		expect(places('Last month, Paramount, Universal and Warner Brothers said they backed the format. Paramount will start releasing titles in 2006.')).toEqual([]);
		expect(places('There will be a great race in search between Google, Microsoft and Yahoo. The move answers Google’s release of its own tool.')).toEqual([]);
	});

	it('leaves two names joined, lists holding a place, lists after "in", and a place cue', () => {
		expect(places('He was MP for Bethnal Green and Bow until 2005.')).toEqual(['Bethnal Green GB']);
		expect(places('Floods hit Paramount, Bellflower and Downey on Monday.')).toEqual(['Paramount US', 'Bellflower US', 'Downey US']);
		expect(places('She has lived in Paramount, Quillmark and Zentrix Falls.')).toEqual(['Paramount US']);
		expect(places('Paramount, Universal and Warner Brothers backed it. The city of Paramount is in Los Angeles County.')).toEqual(['Paramount US', 'Los Angeles County US']);
	});

	it('leaves a list of clubs (a club named by its town is the town) and a possessive town inside an item', () => {
		expect(places('Arsenal, Spurs and Burnley all won on Saturday.')).toEqual(['Burnley GB']);
		expect(places('The festival line-up includes Coldplay, Muse and Bath’s own Tears for Fears.')).toEqual(['Bath GB']);
	});
});

describe('a weakly read town listed among names the gazetteer lacks, near another town of the text', () => {
	it('is a place: a list of villages lies in the text’s area', () => {
		expect(places('Alexandria is the hub of the lakes. Osakis, Quillby and Marrow Creek are small towns worth a stop.')).toEqual(['Alexandria US', 'Osakis US']);
	});
});
