// "It lies on the Elbe": a river (or a mountain range) named beside towns is the stretch of it by those
// towns, not the gazetteer's one point for it (its mouth, its middle), 500 to 1,500 km away
// (geoparse/along-course.ts, data/gazetteer/feature-courses.tsv).
import { beforeAll, describe, expect, it } from 'vitest';
import { nearestOnCourse } from '../../src/lib/geoparse/along-course.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { kmFromReading } from '../helpers/km-from.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const kmFrom = (text: string, name: string, point: [number, number]) => kmFromReading(gazetteer, text, name, point);

describe('a long feature placed along its course', () => {
	it('nearestOnCourse: the foot of the nearest place on the line through the towns', () => {
		const course = [48.0, 10.0, 48.0, 12.0, 46.0, 12.0];
		expect(nearestOnCourse(course, [{ lat: 48.5, lon: 11.0 }])).toEqual({ lat: 48, lon: 11 });
		expect(nearestOnCourse(course, [{ lat: 47.0, lon: 13.0 }])).toEqual({ lat: 47, lon: 12 });
		// past the source: the course's end
		expect(nearestOnCourse(course, [{ lat: 48.2, lon: 5.0 }])).toEqual({ lat: 48, lon: 10 });
		// the nearest of several places wins
		expect(nearestOnCourse(course, [{ lat: 30, lon: 30 }, { lat: 46.1, lon: 12.1 }])).toEqual({ lat: 46.1, lon: 12 });
	});

	it('nearestOnCourse: of places lying on the course, the point by the most of them', () => {
		const course = [48.0, 10.0, 48.0, 12.0, 46.0, 12.0];
		// one place at the source, three by the end: the end, though the first lies on the course too
		expect(nearestOnCourse(course, [{ lat: 48.0, lon: 10.0 }, { lat: 46.0, lon: 12.0 }, { lat: 46.2, lon: 12.1 }, { lat: 46.1, lon: 11.9 }])).toEqual({ lat: 46, lon: 12 });
	});

	it('a river named beside several of the towns along it is the stretch by most of them', () => {
		// Mosul lies on the Tigris too, 400 km upstream of Kut
		expect(kmFrom('Engineers from Mosul said dredgers were clearing the Tigris at Kut and Amarah, where farmers had lost their rice.', 'Tigris', [32.51, 45.82])).toBeLessThan(40);
	});

	it('a river named in a sentence with a town by it is the stretch by that town, whatever other towns on it the text names', () => {
		// Skardu lies on the Indus too, 1,000 km upstream of Sukkur
		const text = 'Officials in Skardu said the mountain roads had reopened. Downstream, the Indus flooded fields near Sukkur on Monday.';
		expect(kmFrom(text, 'Indus', [27.7, 68.86])).toBeLessThan(40);
	});

	it('a river named beside the towns of a text is the stretch by them', () => {
		// the Danube's point is its mouth on the Black Sea, 1,000 km from Lower Austria
		expect(kmFrom('Tulln an der Donau is a town in the district of Tulln in Lower Austria. It lies on the right bank of the Danube, some 25 km upstream of Vienna.', 'Danube', [48.33, 16.06])).toBeLessThan(40);
		// the Elbe's point is its mouth at Cuxhaven, 500 km from Saxony's border with Bohemia
		expect(kmFrom('Bad Schandau is a spa town in the Sächsische Schweiz-Osterzgebirge district of Saxony, Germany. It lies on the Elbe, about 30 km upstream of Dresden, close to the Czech border.', 'Elbe', [50.92, 14.15])).toBeLessThan(40);
		expect(kmFrom('Alton is a city in Madison County, Illinois, on the Mississippi River, about 25 km north of St. Louis.', 'Mississippi River', [38.89, -90.18])).toBeLessThan(40);
	});

	it('the Zambezi, the Euphrates and the Tigris are placed by the towns of the text too', () => {
		// their points are their mouths, on the Indian Ocean coast of Mozambique and at Qurna in southern Iraq
		expect(kmFrom('Tour boats at Livingstone stayed moored because the Zambezi was too low, operators said.', 'Zambezi', [-17.86, 25.86])).toBeLessThan(40);
		expect(kmFrom('Date farmers near Ramadi said the Euphrates had never been so low.', 'Euphrates', [33.43, 43.3])).toBeLessThan(40);
		expect(kmFrom('A ferry carrying families capsized on the Tigris near Mosul on Thursday.', 'Tigris', [36.34, 43.13])).toBeLessThan(40);
	});

	it('a range named beside the towns of a text is the part of it by them', () => {
		// the Himalayas' point is the range's middle in western Nepal, 750 km from Himachal Pradesh; the
		// course through its towns runs within 150 km (a range is wider than a river)
		const text = 'Manali is a resort town in the Kullu district of Himachal Pradesh, India, at the foot of the Himalayas.';
		expect(kmFrom(text, 'Himalayas', [32.24, 77.19])).toBeLessThan(150);
	});

	it('keeps its point where the text names no town or division, and a sea or lake has none to move along', () => {
		const mouth = gazetteer.places[gazetteer.byId.get('cur:danube')!]!;
		expect(kmFrom('The Danube is the second-longest river in Europe.', 'Danube', [mouth.lat, mouth.lon])).toBe(0);
		const caspian = gazetteer.places[gazetteer.byId.get('cur:caspian-sea')!]!;
		expect(kmFrom('Fishing boats left Baku for the Caspian Sea at dawn.', 'Caspian Sea', [caspian.lat, caspian.lon])).toBe(0);
	});

	it('is no neighbour of a town by its one point: its mouth says nothing about which namesake is meant', () => {
		// the Ohio's point is its mouth at Cairo, Illinois, 20 km from Charleston, Missouri (geoparse/line-features.ts)
		const text = 'The Ohio River rose again on Tuesday. In Charleston, the mayor closed two schools.';
		expect(placeOf(gazetteer, text, 'Charleston')).not.toBe('city US/MO');
		// a lake's point lies by its shores: a town on it is still near it (Dunkirk, New York, not France's)
		expect(placeOf(gazetteer, 'Ice on Lake Erie closed the harbour at Dunkirk.', 'Dunkirk')).toBe('city US/NY');
	});

	it('places a town named beside it on it: by its course, or by the county or state a river the gazetteer lacks names', () => {
		// Kanawha County, West Virginia; the Waikato region of New Zealand (geoparse/river-towns.ts)
		expect(placeOf(gazetteer, 'River stages, 7 a.m. Kanawha River at Charleston, 8.9 feet.', 'Charleston')).toBe('city US/WV');
		expect(placeOf(gazetteer, 'Hamilton, on the Waikato River, is a university town.', 'Hamilton')).toMatch(/^city NZ\//);
		// a river the gazetteer knows decides by its course alone, not by a state of its name
		expect(placeOf(gazetteer, 'Barges waited on the Ohio River at Louisville on Monday.', 'Louisville')).toBe('city US/KY');
		expect(placeOf(gazetteer, 'Kayakers paddled the Colorado River at Austin on Sunday.', 'Austin')).toBe('city US/TX');
		// ... however the text writes it: a lower-case "river" after the state's name is the river
		expect(placeOf(gazetteer, 'Barges waited on the Ohio river at Louisville on Monday.', 'Louisville')).toBe('city US/KY');
		// a river named in two words, or without its word, or an everyday word the river's course passes (leads s45)
		expect(placeOf(gazetteer, 'Little Kanawha at Glenville, 11.2 feet.', 'Glenville')).toBe('city US/WV');
		expect(placeOf(gazetteer, 'Rowers on the Thames at Richmond trained at dawn.', 'Richmond')).toMatch(/^city GB\//);
		expect(placeOf(gazetteer, 'The Hudson River at Troy froze over.', 'Troy')).toBe('city US/NY');
		expect(placeOf(gazetteer, 'The Fraser River at Hope rose two metres.', 'Hope')).toMatch(/^city CA\//);
		expect(placeOf(gazetteer, 'The Yarra River at Richmond was high after the storms.', 'Richmond')).toBe('city AU/07');
		// ... and "X River" is not the "River X" of another land: the Tay River of Ontario runs through its Perth
		expect(placeOf(gazetteer, 'Perth is a town in Lanark County, Ontario. The Tay River at Perth froze early.', 'Perth')).toMatch(/^city CA\//);
		// ... but no word whose town lies off the river
		expect(placeOf(gazetteer, 'The Hudson River at Hope froze over.', 'Hope')).toBe('(none)');
		// a town in another sentence is not named beside it
		expect(placeOf(gazetteer, 'The Kanawha River rose a foot. Charleston officials met on Friday.', 'Charleston')).toBe('city US/SC');
	});
});
