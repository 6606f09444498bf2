// A player's transfer names a club by its town alone (club-transfers.ts): in a sports text "joined Tottenham",
// "signed for Gloucester", "a signing from Parma", "on loan from Chelsea", "a move to Southampton" and "joined them a
// year ago from Parma" are the club (usage embedded: recognised, not mapped), and so are the town's other bare
// mentions in the text, where the text already names a club by its town in British usage (another sign, or a
// British competition). Not a name qualifying a noun ("joins Edinburgh line-up", "joined Dublin's Lord Mayor"), not
// "move" as a verb, not a family's move, not a team's or an event's move ("the Raiders' move", "the final's
// switch"), not a nation, not American school sport ("a transfer from Meridian", "joined Pelahatchie from
// Meridian"). Texts written for these tests (none copied).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { usagesOfEach } from '../helpers/usages.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const usages = (text: string, name: string): string[] => usagesOfEach(text, name, gazetteer);

describe('the club of a transfer', () => {
	it('reads "joined Tottenham" as the club, and the town\'s later bare mention too', () => {
		const text = 'Mido joined Tottenham in an 18-month loan deal. The striker scored a goal on his debut in the Premiership, and Tottenham hope to keep him for the rest of the football season.';
		expect(usages(text, 'Tottenham')).toEqual(['embedded', 'embedded']);
	});

	it('reads "signed for", "a signing from", "on loan from" and "a move to" as the club', () => {
		const text = 'Hale, who recently signed for Gloucester, is fit. Mutu, a £15m signing from Parma last season, scored a goal. The striker on a season-long loan from Chelsea missed the match. Reid rejected a move to Southampton before the football season. Derby were beaten at home.';
		expect([...usages(text, 'Gloucester'), ...usages(text, 'Parma'), ...usages(text, 'Chelsea'), ...usages(text, 'Southampton')]).toEqual(['embedded', 'embedded', 'embedded', 'embedded']);
	});

	it('reads "joined them just over a year ago from Parma" as the club', () => {
		const text = 'Adriano, who joined them just over a year ago from Parma, has scored 20 goals in the league this season. Livorno are top.';
		expect(usages(text, 'Parma')).toEqual(['embedded']);
	});

	it('leaves a name before a noun, a verb "move", a family\'s move, a nation and joining the people of a place', () => {
		expect(usages('Chepkemei joins Edinburgh line-up. The runner will race in the championship after the football match in the league season.', 'Edinburgh')).toEqual(['literal']);
		expect(usages('Thousands of civil servants will move to Birmingham, the chancellor said; the football league and the cup match were not affected.', 'Birmingham')).toEqual(['literal']);
		expect(usages('The family moved from Colchester to London when she was six. She won the championship race and scored a personal best in the league season.', 'Colchester')).toEqual(['literal']);
		expect(usages('Smith joined Wales for the match against Scotland. The rugby squad trained in Cardiff on Monday and the league season resumes.', 'Wales')).toEqual(['literal']);
		expect(usages('She joined Paris in celebrating the win after the rugby match; the league season ends in May.', 'Paris')).toEqual(['literal']);
		expect(usages('Hale joined Leeds University after the football season and the league match. He lives in Leeds.', 'Leeds')).toEqual(['embedded', 'literal']);
	});

	it('leaves a team\'s or an event\'s move and a name before a possessive and a capitalised word the town', () => {
		expect(usages("The Raiders' move to Las Vegas was approved by the league owners. The football club will play at a new stadium next season, and Las Vegas expects fans.", 'Las Vegas')).toEqual(['literal', 'literal']);
		expect(usages("The final's switch to Cardiff was confirmed by the league after the stadium failed its inspection. Cardiff will stage the cup match.", 'Cardiff')).toEqual(['literal', 'literal']);
		expect(usages("The players joined Dublin's Lord Mayor for the launch of the football season. Dublin will stage the cup final in May.", 'Dublin')).toEqual(['literal', 'literal']);
	});

	it('leaves American school sport\'s towns ("a transfer from Meridian", "joined Pelahatchie from Meridian")', () => {
		const text = 'Summit beat Pelahatchie 28-7 behind quarterback Eli Sturgis, a transfer from Meridian. The football season ends with the league championship game.';
		expect(usages(text, 'Meridian')).toEqual(['literal']);
		const coach = 'Coach Tom Reed, who joined Pelahatchie from Meridian last spring, led the Chiefs to the football championship this season. Pelahatchie hosts Morton on Friday.';
		expect(usages(coach, 'Pelahatchie')).toEqual(['literal', 'literal']);
	});
});
