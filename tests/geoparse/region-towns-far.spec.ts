// "Minett is a community in … Ontario, Canada … 30 km from Bracebridge": a big first-level region's point is
// its middle (Ontario's lies 800 km north of Muskoka), so a town in that region is no stray of a namesake
// however far from the point (far-from-subject.ts, inRegion). Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const TOWNS_OF_THE_REGION: TrapText[] = [
	{
		text: 'Minett is a community in the Township of Muskoka Lakes, Ontario, Canada. Its cottages face Lake Rosseau, 30 km from Bracebridge and Gravenhurst.',
		places: ['Bracebridge → CA', 'Gravenhurst → CA'],
		notPlaces: []
	}
];

describeTraps("towns in the described subject's region, far from the region's middle", TOWNS_OF_THE_REGION);
