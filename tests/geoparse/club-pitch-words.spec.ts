// A part of a side's pitch or play after a town's name is a club-town sign (club-towns.ts titleAfter): in a text
// naming a British competition "the Pompey net", "a crowded Pompey goalmouth", "Pompey's box" make Pompey a club (Portsmouth's nickname,
// also a French village), and its other bare mentions too ("Pompey's best chance", "the right side of Pompey's box":
// "of" before a possessive places no club). Not "net" or "box" before a
// noun ("the Leeds box office", "Leeds net profit"), not a nation's side ("the England midfield" stays England), not
// in American usage ("the Milford defence" without a British competition: a school's side).
// Texts written for these tests (none copied).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { usagesOfEach } from '../helpers/usages.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const mapped = (text: string, name: string): boolean[] => usagesOfEach(text, name, gazetteer).map((usage) => usage === 'literal');

describe('a part of the pitch after a town', () => {
	it('reads a town before a net, a goalmouth or a box as a club, and its other bare mentions too', () => {
		const text = "Quashie had Pompey's best chance of the Premiership match when his effort was tipped over. Duff then put a low shot into the bottom of the Pompey net from a crowded Pompey goalmouth to win the football match.";
		expect(mapped(text, 'Pompey')).toEqual([false, false, false]);
		// ("of" before a possessive governs its noun: it places no club)
		const side = "Robben scored from the right side of Pompey's box in the Premiership match. Cech tipped over a shot into the Pompey net as the football match ended.";
		expect(mapped(side, 'Pompey')).toEqual([false, false]);
	});

	it('leaves a box office, a net profit and a nation\'s side', () => {
		expect(mapped('Ticket sales at the Leeds box office rose as the football league match and the cup final drew crowds to Leeds.', 'Leeds')).toEqual([true, true]);
		expect(mapped('The football league said Leeds net profit rose after the cup match; Leeds is a city in Yorkshire.', 'Leeds')).toEqual([true, true]);
		expect(mapped('Wilkinson starts in the England midfield for the rugby match at Twickenham, and England lead the league.', 'England')).toEqual([true, true]);
		// (American usage, no British or European competition named: a town's school side, which local news maps)
		// ("of" before the possessive of a place's or an institution's noun still places the town)
		const parade = "Liverpool were crowned champions of the Premiership after a 2-0 win over Everton. Liverpool boss Rafael Benitez praised his squad. On Monday thousands lined the streets of Liverpool's city centre for the parade, and the mayor of Liverpool's office said 200,000 came.";
		expect(mapped(parade, 'Liverpool').slice(2)).toEqual([true, true]);
		const american = 'The Milford defence held firm in the soccer league match against Canton. Milford hosts the county fair next week, and the fair draws crowds to Milford.';
		expect(mapped(american, 'Milford')).toEqual([true, true, true]);
	});
});
