// Evidence beside a name that picks one of its homonyms: a ZIP code after it, a state written as a
// postal or AP abbreviation. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { readGoldDocuments } from '../../src/lib/server/evaluation.ts';
import { EVAL_FILE, sharedAvailable, testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The first toponym called `name`, as "kind country/admin1 reasons". */
function resolved(text: string, name: string, options: Parameters<typeof geoparse>[2] = {}): string {
	const toponym = geoparse(text, gazetteer, options).find((t) => t.name === name);
	if (!toponym) return 'none';
	const place = gazetteer.places[gazetteer.byId.get(toponym.placeId)!]!;
	return `${place.kind} ${place.country}/${place.admin1}`;
}

function span(text: string, name: string) {
	const start = text.indexOf(name);
	return { spans: [{ start, end: start + name.length }] };
}

describe('a ZIP code after a name', () => {
	it('places the town in the area its first three digits serve', () => {
		expect(resolved('The office in Salem, 97301, is open.', 'Salem')).toBe('city US/OR');
		expect(resolved('Write to City Hall, Springfield 65801.', 'Springfield')).toBe('city US/MO');
	});

	it('reads lower-case text with the state left out', () => {
		const text = 'the library, 210 main street, springfield,  81073, is open on mondays.';
		expect(resolved(text, 'springfield', span(text, 'springfield'))).toBe('city US/CO');
	});

	it('is not any number: a count with a thousands separator says nothing', () => {
		expect(resolved('In Salem, 12,000 people marched.', 'Salem')).toBe(resolved('In Salem people marched.', 'Salem'));
	});
});

describe('a US state written as a code after a name', () => {
	it('reads the AP abbreviations that are words or titles alone ("Ind.", "Mo.")', () => {
		expect(resolved('She moved to Salem, Ind., in 1990.', 'Salem')).toBe('city US/IN');
		expect(resolved('Police in Columbia, Mo., said.', 'Columbia')).toBe('city US/MO');
		// the code is the state, not a town in Norway called Mo
		expect(resolved('Police in Columbia, Mo., said.', 'Mo')).toBe('region US/MO');
	});

	it('is no abbreviation after an article, where its stop ends a sentence ("the Wash.")', () => {
		const text = 'Barges carried grain down to the Wash. The Fens were drained later, and the cargo went on to Pullman, Wash., by rail.';
		expect(geoparse(text, gazetteer).filter((t) => t.placeName === 'Washington').map((t) => t.start)).toEqual([text.indexOf('Wash.,')]);
	});

	it('is no abbreviation after an article where the line or text ends after its stop', () => {
		const text = 'The river meets the sea in the Wash.\nBarges carried grain to the Wash.';
		expect(geoparse(text, gazetteer).filter((t) => t.placeName === 'Washington')).toEqual([]);
	});

	it('is the abbreviation after an article where a name goes on after it ("the Calif. Highway Patrol")', () => {
		expect(resolved('The Calif. Highway Patrol shut the ramp near Modesto.', 'Calif.')).toBe('region US/CA');
		expect(resolved('Snow slowed trucks on the Pa. Turnpike overnight.', 'Pa.')).toBe('region US/PA');
		expect(resolved('A spokeswoman for the Fla. Department of Revenue declined to comment.', 'Fla.')).toBe('region US/FL');
		expect(resolved('Traffic on the Mass. Pike backed up for miles.', 'Mass.')).toBe('region US/MA');
	});

	it('looks past an aside in brackets', () => {
		expect(resolved('Washington (Mason County), KY is old.', 'Washington')).toBe('city US/KY');
	});

	it('reads lower-case postal codes only in text without capitals, and only where a phrase ends', () => {
		const text = 'the fair at burlington, ia. opens in june.';
		expect(resolved(text, 'burlington', span(text, 'burlington'))).toBe('city US/IA');
		const words = 'old homes in salem, in the valley';
		expect(resolved(words, 'salem', span(words, 'salem'))).not.toBe('city US/IN');
	});

	it('reads a lower-case code that is no word of its own before a word ("dover, nh is"), never "in", "or", "me"', () => {
		const text = 'the town of dover, nh is growing fast.';
		expect(resolved(text, 'dover', span(text, 'dover'))).toBe('city US/NH');
		const listed = 'a farm near greenville, ms sold for more.';
		expect(resolved(listed, 'greenville', span(listed, 'greenville'))).toBe('city US/MS');
		const words = 'homes in salem, or in the hills nearby';
		expect(resolved(words, 'salem', span(words, 'salem'))).not.toBe('city US/OR');
	});

	it('reads a code an address writes before its ZIP code without a comma ("loveland oh 45140")', () => {
		const text = 'send letters to the clerk at 19 elm avenue, loveland oh 45140 before june 2.';
		expect(resolved(text, 'loveland', span(text, 'loveland'))).toBe('city US/OH');
	});

	it('looks past the kind of municipality a table writes between the name and the code', () => {
		const lower = 'median rent (ashland town, ms): $410';
		expect(resolved(lower, 'ashland', span(lower, 'ashland'))).toBe('city US/MS');
		const capitalised = 'Median rent (Ashland town, MS): $410';
		expect(resolved(capitalised, 'Ashland', span(capitalised, 'Ashland'))).toBe('city US/MS');
	});
});

describe('a state or country after a name that holds none of its namesakes', () => {
	it('leaves the small place unmapped rather than on a namesake in another state', () => {
		const text = 'The new bridge links Burlington with Gulfport, Illinois, across the river.';
		expect(resolved(text, 'Gulfport')).toBe('none');
		expect(resolved(text, 'Illinois')).toBe('region US/IL');
		expect(resolved('Crews cleared debris in Lyons, Ia., on Tuesday.', 'Lyons')).toBe('none');
		expect(resolved('The 24 August race is at Rockingham, Northamptonshire.', 'Rockingham')).toBe('none');
	});

	it("leaves a country's name before a state's abbreviation or code unmapped, where it recurs too", () => {
		// a state's abbreviation qualifies only a town: the gazetteer lacks these towns, the countries are no reading
		expect(resolved('A barn burned Sunday in Malta, N.Y., the fire chief said.', 'Malta')).toBe('none');
		expect(resolved('The plow driver, of Sweden, NY, was not hurt.', 'Sweden')).toBe('none');
		const text = 'SWEDEN, N.Y. — The town board met Monday. Sweden residents asked for a new fire truck.';
		expect(geoparse(text, gazetteer).filter((t) => t.name.toLowerCase() === 'sweden')).toEqual([]);
		// a qualifier that holds the namesake keeps it
		expect(resolved('A barn burned Sunday in Peru, Vt., the fire chief said.', 'Peru')).toBe('city US/VT');
	});

	it('keeps a place its qualifier holds, a list of places, and a big city before a list of countries', () => {
		expect(resolved('Crews cleared debris in Salem, Ore., on Tuesday.', 'Salem')).toBe('city US/OR');
		expect(resolved('Trips to Saipan, Guam, Alaska and Hawaii are planned.', 'Saipan')).toBe('city MP/110');
		expect(resolved('Offices in Nairobi, Uganda and Tanzania will close.', 'Nairobi')).toBe('city KE/05');
	});

	it('reads a qualifier that is both a country and a state as the one that holds a namesake', () => {
		// the country Georgia holds no Decatur, the state does: no contradiction, the state qualifies
		const text = 'He lives in Decatur, Georgia.';
		expect(resolved(text, 'Decatur')).toBe('city US/GA');
		expect(resolved(text, 'Georgia')).toBe('region US/GA');
		expect(resolved('Girard, Georgia, held its fair last summer.', 'Girard')).toBe('city US/GA');
		expect(resolved('He flew to Gori, Georgia, last week.', 'Georgia')).toBe('country GE/null');
	});

	it('stops a name at a comma where the words after it begin a longer name', () => {
		// not "Hamilton North" (Australia) and "Carolina" (Puerto Rico), nor "Garden City South" (New York)
		expect(resolved('Hamilton, North Carolina, is a town.', 'Hamilton')).toBe('city US/NC');
		expect(resolved('Garden City, South Carolina, held its fair.', 'North Carolina')).toBe('none');
		expect(resolved('Garden City, South Carolina, held its fair.', 'South Carolina')).toBe('region US/SC');
		expect(resolved('Durham, County Durham, held its fair.', 'Durham')).toBe('city GB/ENG');
		// a name with its comma stays whole
		expect(resolved('He moved to Washington, D.C. last year.', 'Washington, D.C.')).toBe('city US/DC');
	});

	it('reads a state name before another state of its country as a town there, unless a list goes on', () => {
		expect(resolved('Wyoming, Delaware, held its fair last summer.', 'Wyoming')).toBe('city US/DE');
		expect(resolved('Voters in Virginia, Minnesota go to the polls.', 'Virginia')).toBe('city US/MN');
		// no town of the first name in the second, or a list of three: states
		expect(resolved('Storms hit Texas, Oklahoma on Monday.', 'Texas')).toBe('region US/TX');
		expect(resolved('Storms hit Wyoming, Delaware and Montana.', 'Wyoming')).toBe('region US/WY');
	});
});

describe('first-level regions against their namesake towns', () => {
	it('weighs a state the gazetteer names "… State" because a city has the bare name ("Wyoming")', () => {
		expect(resolved('WASHINGTON (AP) — A federal judge in Wyoming has halted the clean-air rule.', 'Wyoming')).toBe('region US/WY');
	});

	it.skipIf(!sharedAvailable('the Washington-dateline test', EVAL_FILE))('lets no national capital vouch for the towns around it: an AP story from Washington means the state of California', async () => {
		// the capital stands for its government here; its 400 km neighbourhood held California, Pennsylvania
		const documents = await readGoldDocuments(EVAL_FILE);
		const story = documents.find((d) => d.text.startsWith('WASHINGTON (AP) - When President Donald Trump made a congratulatory'))!;
		expect(resolved(story.text, 'California')).toBe('region US/CA');
	});
});

describe('lower-case text around given spans', () => {
	it('finds a town its county names, however small and however far down the list of namesakes', () => {
		const text = 'springfield is a town in penobscot county ,  , united states .';
		expect(resolved(text, 'springfield', span(text, 'springfield'))).toBe('city US/ME');
	});

	it('takes the countries the words name as the document\'s ("the u.s.", "the united states")', () => {
		const text = 'salem is a city in the u.s. state of  and the county seat.';
		expect(resolved(text, 'salem', span(text, 'salem')).split(' ')[1]!.startsWith('US/')).toBe(true);
		const other = 'salem is a city in the united states.';
		expect(resolved(other, 'salem', span(other, 'salem')).split(' ')[1]!.startsWith('US/')).toBe(true);
	});

	it('reads a county named in four words, after an abbreviation, or among thirty of its name', () => {
		const four = 'dawson lies in lac qui parle county, , united states.';
		expect(resolved(four, 'dawson', span(four, 'dawson'))).toBe('city US/MN');
		const saint = 'farmington is a city in st. francois county, , united states.';
		expect(resolved(saint, 'farmington', span(saint, 'farmington'))).toBe('city US/MO');
		const many = 'plymouth is the seat of washington county, , united states.';
		expect(resolved(many, 'plymouth', span(many, 'plymouth'))).toBe('city US/NC');
	});

	it('weighs a post-office town the words place among its neighbours as a town of a few hundred people', () => {
		const text = 'the hamlet of astoria lies 7 miles northwest of hendricks and 16 miles southwest of canby.';
		expect(geoparse(text, gazetteer, span(text, 'astoria'))[0]!.placeId).toBe('zip:57213');
		expect(geoparse('Astoria lies 7 miles northwest of Hendricks and 16 miles southwest of Canby.', gazetteer).find((t) => t.name === 'Astoria')?.placeId).toBe('zip:57213');
	});

	it('reads a span that stops short of "county" as the county', () => {
		const text = 'hancock county courthouse, ellsworth, ';
		expect(resolved(text, 'hancock', span(text, 'hancock'))).toBe('district US/ME');
	});
});

describe('a population the text states', () => {
	it('outweighs the size of a namesake far bigger than it, in lower case and capitalised', () => {
		const lower = 'cairo had a population of 785 in 2016.';
		expect(resolved(lower, 'cairo', span(lower, 'cairo'))).toBe('city US/NE');
		expect(resolved('Cairo had a population of 785 in 2016.', 'Cairo')).toBe('city US/NE');
	});

	it('adds up the male and female populations of a table', () => {
		const text = 'census table for windsor town | male population: 604 | female population: 611';
		expect(resolved(text, 'windsor', span(text, 'windsor')).split(' ')[1]!.startsWith('US/')).toBe(true);
	});

	it('brings in a town known only from a post-office list when the stated population is under 500', () => {
		const text = 'the town of milton had an estimated population of 281 in 2016.';
		const place = geoparse(text, gazetteer, span(text, 'milton'))[0]!;
		expect(place.placeId.startsWith('zip:')).toBe(true);
	});
});

describe('an address elsewhere in the text', () => {
	it('places a namesake near its ZIP code, however far down the list of namesakes', () => {
		expect(resolved('The clinic at 12 Main St., Williston, SC 29853 also serves patients from Springfield.', 'Springfield')).toBe('city US/SC');
		const text = 'address: 5721 springfield hwy, williston,   29853 ownership: for profit';
		expect(resolved(text, 'springfield', span(text, 'springfield'))).toBe('city US/SC');
	});
});

describe('a qualifier before a lost full stop', () => {
	it('still qualifies: an article after it starts a new phrase, not a longer name', () => {
		const text = 'the school shooting in Parkland, Florida The controversy grew.';
		expect(resolved(text, 'Parkland')).toBe('city US/FL');
		expect(resolved(text, 'Florida')).toBe('region US/FL');
	});
});

describe('a sentence that says what only places are', () => {
	it('keeps a small place\'s name at the start of a sentence ("Greenville is located …")', () => {
		expect(resolved('Greenville is located on the river.', 'Greenville')).not.toBe('none');
		// firms are founded and incorporated too: those verbs keep nothing
		expect(resolved('Johnson was founded by settlers.', 'Johnson')).toBe('none');
	});
});

describe('people named like places', () => {
	it('reads a name after a word for a relative as a person ("his wife, Julia")', () => {
		expect(resolved("Rozen's wife, Julia, has taken on the search.", 'Julia')).toBe('none');
		expect(resolved('The star posed with husband Kanye West.', 'Kanye')).toBe('none');
	});

	it('reads a name after a word for a relative and how long they were married as a person ("his wife of 55 years, Ora")', () => {
		expect(resolved('Survivors include his wife of 55 years, Ora; sons Thomas Jr. of Chicago and Marcus of Houston.', 'Ora')).toBe('none');
	});

	it('reads even a country\'s name as a surname right after a first name that is no place', () => {
		expect(resolved('The drivers Colin Turkington and Andrew Jordan won.', 'Jordan')).toBe('none');
		expect(resolved('He visited Jordan and Chad.', 'Jordan')).toBe('country JO/null');
		expect(resolved('Talks in Georgia, Armenia and Azerbaijan stalled.', 'Armenia')).toBe('country AM/null');
	});

	it('reads a first name that is a town as the town in a list a preposition opens ("from Arlington and Fairfax")', () => {
		const text = 'Commuters from Arlington and Fairfax faced delays on Monday.';
		expect(resolved(text, 'Fairfax')).toBe('city US/VA');
		expect(resolved(text, 'Arlington')).toBe('city US/VA');
		expect(resolved('Schools in Vienna, Arlington and Fairfax opened late.', 'Fairfax')).toBe('city US/VA');
		expect(resolved('Fairfax told the council the plan had failed.', 'Fairfax')).toBe('none');
		expect(resolved('The prize went to Arlington. Fairfax told the council it had failed.', 'Fairfax')).toBe('none');
	});
});

describe('a university or club named by a place and "State" or "City"', () => {
	const spans = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}:${t.usage}`);
	it('is one embedded name, not the place word read as the place', () => {
		expect(spans('Forecasters at Colorado State expect an active season.')).toEqual(['Colorado State:embedded']);
		expect(spans('A study at Arizona State University found ten cases.')).toEqual(['Arizona State University:embedded']);
		expect(spans('Norwich City lost 4-1 on Monday.')).toEqual(['Norwich City:embedded']);
	});

	it('leaves other longer names and states called so elsewhere alone', () => {
		expect(spans('Maryland State Police made an arrest.')).toEqual(['Maryland:embedded']);
		expect(spans('They camped in Matias Romero, Oaxaca State, Mexico.')).toContain('Oaxaca State:literal');
		expect(spans('Flights to Kansas City resumed.')).toEqual(['Kansas City:literal']);
	});
});

describe('a Canadian province or Australian state abbreviated after a name', () => {
	it('qualifies the town as a US state code does', () => {
		expect(resolved('The company moved its plant to London, Ont., last year.', 'London')).toBe('city CA/08');
		expect(resolved('The ship docked in Sydney, N.S., on Friday.', 'Sydney')).toBe('city CA/07');
		expect(resolved('A reporter in Victoria, B.C., said the ferry was late.', 'Victoria')).toBe('city CA/02');
		expect(resolved('Floods cut roads around Ipswich, Qld, overnight.', 'Ipswich')).toMatch(/^city AU\/04$/);
	});
});
