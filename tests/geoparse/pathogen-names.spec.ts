// Pathogens and diseases named after where they were first found, written for these tests (none copied):
// the place's name or demonym before "virus", "variant", "fever", "disease", "syndrome" (a modifier such as
// "haemorrhagic" between) names the pathogen, not a place of the story; "flu" or "coronavirus" after a place's
// name is its flu season or cases where a word for them follows, and so is "virus" after a large place's in a
// text about the coronavirus ("Hong Kong virus cases"); "infection" after a name that is no country, region or
// large city's ("a West Nile infection"), and a name read as a pathogen once is the pathogen at its other
// mentions where it is no such place ("Marburg cases"). General rule: pathogen-names.ts lists no place.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const PATHOGENS: TrapText[] = [
	{
		text: 'The health ministry confirmed an outbreak of Sudan virus disease in Mubende, Uganda, on Tuesday.',
		places: ['Mubende → UG', 'Uganda → UG'],
		notPlaces: ['Sudan']
	},
	{
		text: 'Cases of West Nile virus infection were reported in Veneto and around Thessaloniki.',
		places: ['Veneto → IT', 'Thessaloniki → GR'],
		notPlaces: ['West Nile']
	},
	{
		text: 'The Delta variant drove a deadly wave in India before Omicron was found in South Africa.',
		places: ['India → IN', 'South Africa → ZA'],
		notPlaces: ['Delta']
	},
	{
		text: 'Historians compare its spread with the Spanish flu, which reached Cape Town within weeks.',
		places: ['Cape Town → ZA'],
		notPlaces: ['Spanish']
	},
	{
		text: 'Crimean-Congo haemorrhagic fever has killed nine people in Iraq this year, most in Dhi Qar.',
		places: ['Iraq → IQ'],
		notPlaces: ['Crimean', 'Congo']
	},
	{
		text: 'Guinea worm cases fell to 13 last year, most of them in Chad, and German measles is now rare in Mexico.',
		places: ['Chad → TD', 'Mexico → MX'],
		notPlaces: ['Guinea', 'German']
	},
	{
		text: 'Middle East respiratory syndrome was reported in Riyadh.',
		places: ['Riyadh → SA'],
		notPlaces: ['Middle East']
	},
	{
		text: 'The 1968 Hong Kong flu killed about a million people, many of them in Chicago and Boston.',
		places: ['Chicago → US', 'Boston → US'],
		notPlaces: ['Hong Kong']
	},
	{
		text: 'Uganda reported new Sudan virus cases in Kampala on Friday.',
		places: ['Uganda → UG', 'Kampala → UG'],
		notPlaces: ['Sudan']
	},
	{
		// (a country's virus beside COVID-19: the country is named nowhere else as a place)
		text: 'Uganda confirmed new Sudan virus cases in Mubende this week, while COVID-19 vaccinations continued in Kampala.',
		places: ['Uganda → UG', 'Mubende → UG', 'Kampala → UG'],
		notPlaces: ['Sudan']
	},
	{
		// (a text about the coronavirus too: a river's virus is still the virus)
		text: 'Two West Nile virus cases were confirmed in Houston this week as COVID-19 cases fell.',
		places: ['Houston → US'],
		notPlaces: ['West Nile']
	},
	{
		// "infection" after a river's name, and the bare name of a pathogen the text names so elsewhere
		text: 'Belgium: West Nile and bluetongue. The first West Nile infection acquired in the country was found in a horse near Genk.',
		places: ['Belgium → BE', 'Genk → BE'],
		notPlaces: ['West Nile']
	},
	{
		text: 'Marburg virus disease was confirmed in Kigali in September, and Marburg cases have now reached 58.',
		places: ['Kigali → RW'],
		notPlaces: ['Marburg']
	},
	{
		// an apposition that calls the name no settlement keeps the pathogen's reading
		text: 'Hendra virus was found in a horse near Gympie; Hendra, a disease of flying foxes, rarely reaches people.',
		places: ['Gympie → AU'],
		notPlaces: ['Hendra']
	},
	{
		// (rolling review, s42: a head inside a longer word is no head)
		text: 'West Nile virus cases rose. West Nile, a region-wide threat, worried officials in Texas.',
		places: ['Texas → US'],
		notPlaces: ['West Nile']
	}
];

// the rule must leave these places alone
const STILL_PLACES: TrapText[] = [
	{
		text: 'England flu cases rose again last week, most of them in London and Leeds.',
		places: ['England → GB', 'London → GB', 'Leeds → GB'],
		notPlaces: []
	},
	{
		text: 'The Texas measles outbreak is over, officials in Lubbock said.',
		places: ['Texas → US', 'Lubbock → US'],
		notPlaces: []
	},
	{
		text: 'Doctors in Sudan said fever and diarrhoea were spreading in the camps near Kassala.',
		places: ['Sudan → SD', 'Kassala → SD'],
		notPlaces: []
	},
	{
		text: 'Florida coronavirus deaths rose again this week, most of them in Miami.',
		places: ['Florida → US', 'Miami → US'],
		notPlaces: []
	},
	{
		// "the virus" of a text about the coronavirus that names the place elsewhere too
		text: 'Hong Kong virus cases rose to 120 as the coronavirus spread through care homes in Kowloon, and Hong Kong closed its schools.',
		places: ['Hong Kong → HK', 'Kowloon → HK'],
		notPlaces: []
	},
	{
		// a region's infections are its cases; a country named as a pathogen once is still the country elsewhere
		text: 'Texas infections rose again this week, most of them in Dallas.',
		places: ['Texas → US', 'Dallas → US'],
		notPlaces: []
	},
	{
		text: 'The outbreak of Sudan virus disease in Uganda has alarmed Sudan, whose health ministry sent teams to Kassala.',
		places: ['Uganda → UG', 'Sudan → SD', 'Kassala → SD'],
		notPlaces: []
	}
];

describeTraps('pathogens named after places', PATHOGENS);
describeTraps('places beside pathogen words', STILL_PLACES);

describe('the same name as a pathogen and as a place in one text', () => {
	let gazetteer: Gazetteer;
	beforeAll(async () => {
		gazetteer = await testGazetteer();
	});
	it('maps the place and not the pathogen', () => {
		const text = 'Middle East respiratory syndrome was reported in Riyadh, and pilgrims in the Middle East were warned.';
		const found = geoparse(text, gazetteer).filter((t) => t.name === 'Middle East' && t.usage !== 'embedded');
		expect(found.map((t) => t.start)).toEqual([text.lastIndexOf('Middle East')]);
	});
	it('maps the place an apposition calls a settlement (world-s42 A)', () => {
		const text = 'The Hendra virus is named after Hendra, a Brisbane suburb where it killed 14 horses in 1994.';
		const found = geoparse(text, gazetteer).filter((t) => t.name === 'Hendra' && t.usage !== 'embedded');
		expect(found.map((t) => t.start)).toEqual([text.lastIndexOf('Hendra')]);
	});
});
