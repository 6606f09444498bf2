// "Dobrzyca is a village in Pleszew County, Poland … settled in Germany near Uelzen": a sentence that names
// another country than the described subject's speaks of that country, so its small towns there are no
// namesakes of neighbours the gazetteer lacks (far-from-subject.ts leaves those unmapped). Texts written for
// these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const TOWNS_OF_A_COUNTRY_NAMED_BESIDE_THEM: TrapText[] = [
	{
		text: 'Dobrzyca is a village in Pleszew County, Poland. After 1945 its German families were settled in Germany near Uelzen and Soltau, and Polish families moved in.',
		places: ['Uelzen → DE', 'Soltau → DE'],
		notPlaces: []
	},
	{
		text: 'Bademli is a village in the Ödemiş district of İzmir Province, Turkey. In the 1960s many of its men left for Germany, where they worked in the mills of Uelzen.',
		places: ['Uelzen → DE'],
		notPlaces: []
	},
	{
		// the country only qualifies a region: the road's town is still a neighbour the gazetteer lacks
		text: 'Dobrzyca is a village in Pleszew County, Poland. Its cheese is sold as far as Saxony in Germany, and a farm track leads east to Soltau.',
		places: [],
		notPlaces: ['Soltau']
	}
];

describeTraps("a described subject's text naming another country beside that country's towns", TOWNS_OF_A_COUNTRY_NAMED_BESIDE_THEM);
