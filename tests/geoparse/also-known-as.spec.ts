// "Mosna (German: Meschen)", "the village, formerly called Mortesdorf", "First known as Macquarie Plains, the
// settlement …": another name the text gives a place is the same place, though the gazetteer lacks it.
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The place id of the first toponym of that name, or null. */
function idOf(text: string, name: string): string | null {
	return geoparse(text, gazetteer).find((t) => t.name === name)?.placeId ?? null;
}

describe('another name the text gives a place', () => {
	const mosna =
		'Mosna (German: Meschen; Hungarian: Muzsna) is a commune in Sibiu County, Romania.\n\nHistory\nThe old village, formerly called Mortesdorf, grew around its church. Until 1945 the village was inhabited mainly by Saxons and known as Meschendorf. Many families from Meschen left for Germany.';

	it('is the place it names: a language gloss in brackets, an old name, and the same name again later', () => {
		const mosnaId = idOf(mosna, 'Mosna');
		expect(mosnaId).not.toBeNull();
		for (const name of ['Meschen', 'Muzsna', 'Mortesdorf', 'Meschendorf']) expect(idOf(mosna, name)).toBe(mosnaId);
		expect(geoparse(mosna, gazetteer).filter((t) => t.name === 'Meschen')).toHaveLength(2);
	});

	it('is the subject where a sentence opens with it and goes on with "the settlement"', () => {
		const text = 'Ross is a town in the Midlands of Tasmania, Australia. First known as Macquarie Plains, the settlement grew around its bridge.';
		expect(idOf(text, 'Macquarie Plains')).toBe(idOf(text, 'Ross'));
	});

	it('is the place right before the comma where that place opens the sentence or the name is a settlement\'s', () => {
		const opening = 'Tauranga, once called Te Papa Mission, lies on a wide harbour.';
		expect(idOf(opening, 'Te Papa Mission')).toBe(idOf(opening, 'Tauranga'));
		const town = 'The road runs to Tauranga, formerly Te Papa Town, and on to Rotorua.';
		expect(idOf(town, 'Te Papa Town')).toBe(idOf(town, 'Tauranga'));
	});

	it('but not a person, a firm or a title after a place that only says where someone is from', () => {
		expect(idOf('The singer from Atlanta, known as Lil Stone, sold out two shows. Lil Stone thanked fans.', 'Lil Stone')).toBeNull();
		expect(idOf('A coach from Texas, known as Coach Hardy, took the job.', 'Coach Hardy')).toBeNull();
		expect(idOf('Maple Grove is a village in Ohio, formerly Maple Grove Station, on the railroad.', 'Maple Grove Station')).toBeNull();
		expect(idOf('She moved to Chicago, formerly Vortexa\'s home base, last year.', 'Vortexa')).toBeNull();
		expect(idOf('The fair in Austin, known as North by Northeast, drew crowds to North Austin.', 'North')).toBeNull();
		// the place opens the sentence, yet what follows the cue is a firm's or a festival's name
		expect(idOf('Chicago, formerly Vortexa\'s home base, lost the firm. Vortexa left.', 'Vortexa')).toBeNull();
		expect(idOf('Austin, known as North by Northeast to fans, fills up each spring.', 'North')).toBeNull();
	});

	it('but not a person, an area, an acronym, a label that is no language or a demonym labelling a person', () => {
		const ross = 'Ross is a town in the Midlands of Tasmania, Australia.';
		expect(idOf(`${ross} The town was home to a convict, Jack Smith, who was also known as Black Jack.`, 'Black Jack')).toBeNull();
		expect(idOf(`${ross} The town lies in an area known as Quarry Flats.`, 'Quarry Flats')).toBeNull();
		expect(idOf('Schools share the Basic Funding Program of Ohio, known as BFPO, a state fund.', 'BFPO')).toBeNull();
		expect(idOf('Ohio (Governor: Mike Brown) raised the fund.', 'Mike Brown')).toBeNull();
		const results = 'The race ended in a sprint. Peru (Peruvian: Luis Quispe, 2nd place) and Chile followed. Luis Quispe cried.';
		expect(idOf(results, 'Luis Quispe')).toBeNull();
		expect(idOf('Riders came from Chile and from Peru (Peruvian: Luis Quispe) for the race.', 'Luis Quispe')).toBeNull();
	});

	it('is the place where the text gives it, though the gazetteer has the name for a bigger namesake abroad', () => {
		const text = 'Bakau, known as Brighton until 1960, is a town on the coast of the Gambia. Its fishermen sell their catch in Serekunda.';
		const brighton = geoparse(text, gazetteer).find((t) => t.name === 'Brighton');
		expect(brighton?.placeId).toBe(idOf(text, 'Bakau'));
	});

	it('but the name said again elsewhere, of another place, keeps its own reading', () => {
		const text = 'Bakau, known as Brighton until 1960, is a town on the coast of the Gambia. A few of its boats sail as far as Brighton in England.';
		const [given, later] = geoparse(text, gazetteer).filter((t) => t.name === 'Brighton');
		expect(given?.placeId).toBe(idOf(text, 'Bakau'));
		expect(later?.country).toBe('GB');
		// nor is a name after a place that only says where someone is from
		expect(geoparse('A coach from Texas, known as Denver to his players, took the job.', gazetteer).find((t) => t.name === 'Denver')?.country).toBe('US');
	});

	it('leaves the subject a place where an aside giving its old name stands between it and "is a town"', () => {
		for (const aside of ['known as Kombo until 1960', 'once called Kombo', 'previously known as Kombo']) {
			const text = `Bakau, ${aside}, is a town on the coast of the Gambia.`;
			expect(geoparse(text, gazetteer).find((t) => t.name === 'Bakau')?.country).toBe('GM');
		}
	});

	it("leaves out a gloss's label: a language, not the country of its demonym", () => {
		const names = geoparse('Mosna (German: Meschen; Hungarian: Muzsna) is a commune in Sibiu County, Romania. Many families left for Germany.', gazetteer).map((t) => t.name);
		expect(names).not.toContain('German');
		expect(names).not.toContain('Hungarian');
		expect(names).toContain('Germany');
		// a demonym that labels no gloss still says where people are from
		expect(geoparse('German troops reached Mosna in 1916.', gazetteer).map((t) => t.name)).toContain('German');
	});

	it('is given in a bracket ("formerly", "or"), with dates between "known" and "as", and after "it was called", "the town was renamed"', () => {
		const forms = [
			'Kasane (formerly Kazunga) is a town in Botswana.',
			'Kasane (or Kazunga) is a town in Botswana.',
			'Kasane, known until 1966 as Kazunga, is a town in Botswana.',
			'Kasane, known from 1890 until 1966 as Kazunga, is a town in Botswana.',
			'Kasane is a town in Botswana. Under British rule it was called Kazunga.',
			'Kasane is a town in Botswana. In 1966 the town was renamed Kazunga.',
			'The road runs north to Kasane (formerly Kazunga) and on to the river.'
		];
		for (const text of forms) {
			expect(idOf(text, 'Kasane')).not.toBeNull();
			expect(idOf(text, 'Kazunga')).toBe(idOf(text, 'Kasane'));
		}
	});

	it('but a bracket\'s "or" may offer another place, and a naming verb at a sentence\'s end names nothing after it', () => {
		expect(geoparse('Paris (or London) is a fine choice for a weekend.', gazetteer).find((t) => t.name === 'London')?.country).toBe('GB');
		const ended = 'Kasane is a town in Botswana. In 1966 it was renamed. Maun is the largest town of the district.';
		expect(idOf(ended, 'Maun')).not.toBe(idOf(ended, 'Kasane'));
		// a person, a team or a thing named is no other name of the place
		expect(idOf('Kasane is a town in Botswana. The new stadium was named Kazunga Park.', 'Kazunga Park')).toBeNull();
		expect(idOf('Kasane is a town in Botswana. Its mayor was called Kazunga.', 'Kazunga')).toBeNull();
	});
});

