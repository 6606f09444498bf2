// "Zhukovsky is a town in Moscow Oblast": English writes the Russian adjective ending -ий/-ый as "-y",
// GeoNames as "-iy"/"-yy" ("Zhukovskiy"); the town is found by either spelling (gazetteer-build/spellings.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeNameOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placeOf = (text: string, name: string) => placeNameOf(gazetteer, text, name);

describe('Russian town names in their English spelling', () => {
	it('finds the town GeoNames spells with -iy or -yy', () => {
		expect(placeOf('Zhukovsky is a town in Moscow Oblast, Russia, known for its flight research institute.', 'Zhukovsky')).toBe('Zhukovskiy');
		expect(placeOf('Dolgoprudny is a town in Moscow Oblast, just north of Moscow, home to a physics institute.', 'Dolgoprudny')).toBe('Dolgoprudnyy');
		expect(placeOf('Pavlovsky Posad is a town in Moscow Oblast famous for its printed shawls.', 'Pavlovsky Posad')).toBe('Pavlovskiy Posad');
	});

	it('does not make a person of that surname a town', () => {
		const text = 'The poet Vasily Zhukovsky translated Homer. Mr. Dzerzhinsky said the talks would resume.';
		expect(geoparse(text, gazetteer)).toEqual([]);
	});
});
