// British sport names a club by its town alone: where a sports text uses a town's bare name as a club by a
// sign of British usage (a plural verb after it, a club title or a rugby position after it, a side of a fixture
// or a results line; in a text naming a British or European competition, any side played against), the town's (or a province's) bare mentions are the club (usage embedded: recognised, not mapped), except
// after a word that places it or alone in a squad list's brackets. Texts written for these tests (none
// copied); no club or town is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { usagesOfEach } from '../helpers/usages.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const usages = (text: string, name: string): string[] => usagesOfEach(text, name, gazetteer);

describe('a town a sports text names a club by', () => {
	it('reads "Kettering were drawn" and the later "Kettering\'s squad" as the club, and "trip to Kettering" as the town', () => {
		const text = "After the draw in London on Monday, Kettering were drawn at home in the cup. The manager said Kettering's squad was ready for the match after the league game. The visiting fans face a long trip to Kettering.";
		expect(usages(text, 'Kettering')).toEqual(['embedded', 'embedded', 'literal']);
	});

	it('reads both sides of a fixture and of a score as clubs', () => {
		const text = 'Cup draw in full: Ashford v Kettering, Corby v Barnet, Luton v Ashford. Last season Derby 2-1 Ipswich was the best match of the round in England, and both goals came in the second half.';
		expect([...usages(text, 'Ashford'), ...usages(text, 'Kettering'), ...usages(text, 'Luton'), ...usages(text, 'Derby'), ...usages(text, 'Ipswich')]).toEqual(['embedded', 'embedded', 'embedded', 'embedded', 'embedded', 'embedded']);
	});

	it('reads "Northampton boss" and "Norwich striker" as clubs in a match report', () => {
		const text = 'After the league match in London the Northampton boss was criticised, although Norwich striker Dean Hale scored twice.';
		expect([...usages(text, 'Northampton'), ...usages(text, 'Norwich')]).toEqual(['embedded', 'embedded']);
	});

	it('reads a first-level region named as a side ("Leinster flanker", "Otago were") as the club, and a nation as a side stays', () => {
		const text = "Leinster's Tom Hale is back in the squad, while Leinster flanker Sam Kerr returns after injury for the cup match. The rugby league season starts in May.";
		expect(usages(text, 'Leinster')).toEqual(['embedded', 'embedded']);
		expect(usages('Otago were bowled out for 210 in the cup match, and the squad flew home after the league game.', 'Otago')).toEqual(['embedded']);
		expect(usages('Wales flanker Ryan Hale will miss the match against Scotland in the rugby league cup.', 'Wales')).toEqual(['literal']);
	});

	it('reads the other side of a match ("the cup fixture against Kettering", "at home to Ashford", "against Partizan Luton") as the club, all through the text', () => {
		const text = 'The striker is fit for the cup fixture against Kettering on Saturday. Kettering beat Corby in the last round, and the manager expects a hard match.';
		// (off the map: the club's word, or no place read at all)
		expect(usages(text, 'Kettering').map((usage) => usage === 'embedded' || usage === '-')).toEqual([true, true]);
		const home = 'The goalkeeper misses the first leg at home to Ashford in the league cup, the club said before the season. The squad flew back from Ashford on Friday.';
		expect(usages(home, 'Ashford')).toEqual(['embedded', 'literal']);
		expect(usages('The striker is fit for the cup fixture against Partizan Luton on Saturday, the manager said after the league game.', 'Luton')).toEqual(['embedded']);
		expect(usages('The winger will miss the league match with Leinster next week, the coach said.', 'Leinster')).toEqual(['embedded']);
		// not the town a match is played in or near, not one qualifying a noun, and not an American game
		expect(usages('The striker scored twice in the league match in Kettering, a cup tie near Corby.', 'Kettering')).toEqual(['literal']);
		expect(usages('The reward was a home tie against Lancashire rivals Blackburn in the league cup, the manager said.', 'Lancashire')).toEqual(['literal']);
		expect(usages("Hamilton's quarterback threw for 310 yards in the game against Middletown; the coach praised the league season.", 'Middletown')).toEqual(['literal']);
		const american = 'The Wildcats boys soccer team lost the regional final against Fairfield on Friday. Coach Dan Price said the season ended too soon. The wrestling match against Canton was postponed.';
		expect([...usages(american, 'Fairfield'), ...usages(american, 'Canton')]).toEqual(['literal', 'literal']);
		const draw = 'The Hornets girls soccer team settled for a 1-1 tie with Fairfield on Saturday. Coach Amy Holt said the league season is far from over, and Friday\'s clash with Milford decides the conference.';
		expect([...usages(draw, 'Fairfield'), ...usages(draw, 'Milford')]).toEqual(['literal', 'literal']);
	});

	it('reads a rugby position after the name as a club\'s ("Kettering prop", "Ashford fly-half", "Luton full-back")', () => {
		const text = 'Kettering prop Tom Hale and Ashford fly-half Sam Kerr are in the squad for the league match, with Luton full-back Ray Frost on the bench.';
		expect([...usages(text, 'Kettering'), ...usages(text, 'Ashford'), ...usages(text, 'Luton')]).toEqual(['embedded', 'embedded', 'embedded']);
	});

	it('in a text that names a British or European competition, reads any side played against, a match word and a shared title before a name as the club\'s', () => {
		// ("against" with no match word; Kettering has American namesakes, so "match" counts only here)
		const cup = 'Okafor scored twice in a record win against Kettering, and came on against Ashford in the FA Cup. Kettering beat Luton in the league season.';
		expect(usages(cup, 'Kettering')).toEqual(['embedded', 'embedded']);
		expect(usages(cup, 'Ashford')).toEqual(['embedded']);
		expect(usages('After training in London the winger hurt his ankle in the match against Kettering, the coach said before the Heineken Cup squad was named.', 'Kettering')).toEqual(['embedded']);
		expect(usages('Kettering legend Tom Okafor, back in London, has urged the striker to stay and fight for a Premiership place this season.', 'Kettering')).toEqual(['embedded']);
		// the same sentences without the competition: British usage is not shown
		const plain = 'Okafor scored twice in a record win against Kettering, and came on against Ashford in the cup. Kettering beat Luton in the league season.';
		expect([...usages(plain, 'Kettering'), ...usages(plain, 'Ashford')]).toEqual(['literal', 'literal', 'literal']);
		expect(usages('After training in London the winger hurt his ankle in the match against Kettering, the coach said before the cup squad was named.', 'Kettering')).toEqual(['literal']);
		expect(usages('Kettering legend Tom Okafor, back in London, has urged the striker to stay and fight for a league place this season.', 'Kettering')).toEqual(['literal']);
		expect(usages('After training in London the winger hurt his ankle in the clash with Kettering, before the Heineken Cup squad was named.', 'Kettering')).toEqual(['embedded']);
		expect(usages('After training in London the referee recalled Chelsea against Kettering in an FA Cup replay.', 'Kettering')).toEqual(['embedded']);
		// (the side a score was lost to: "beaten 5-1 by Ashford", "lost 2-1 to Ashford")
		expect(usages('After training in London the hosts were beaten 5-1 by Ashford in the FA Cup match, and Ashford meet Luton next.', 'Ashford')).toEqual(['embedded', 'embedded']);
		expect(usages('After training in London the hosts were beaten 5-1 by Ashford in the cup match, and Ashford meet Luton next.', 'Ashford')).toEqual(['literal', 'literal']);
		// ("against" names a side only after a word of play or another side, not in a dispute; a shared title is no
		// club's for a town read in the United States)
		const disputes = [
			['Uefa moved the Champions League final after the league season. Sanctions against Moscow widened, and Moscow has not hosted a final since.', 'Moscow'],
			["Shakhtar have played their Champions League home matches in Warsaw since Russia's war against Kyiv began. Kyiv was shelled again this season.", 'Kyiv'],
			["Celtic fans protested against Glasgow's plans before the Scottish Cup final. Glasgow's council said the match would go ahead.", 'Glasgow'],
			["The Six Nations match was moved after storms hit Cardiff, and the appeal against Cardiff's decision failed; Cardiff will host the next game.", 'Cardiff'],
			['Hollywood star Tom Cruise watched the FA Cup final, and the Hollywood crowd cheered the goal.', 'Hollywood']
		];
		for (const [text, name] of disputes) expect(usages(text!, name!).every((usage) => usage === 'literal')).toBe(true);
		// (a shared title names a club's person only before the person's name: "the Kettering coach" is a bus there)
		expect(usages('After training in London the fans said the Kettering coach broke down on the way to the FA Cup match.', 'Kettering')).toEqual(['literal']);
	});

	it('reads a stay with the club or a move to or from it ("his time at", "has been at", "came to", "a move away from") as the club, not a match\'s place', () => {
		const club = 'Kettering were beaten 2-0 in the league match. The striker said his time at Kettering was happy, and the manager has been at Kettering for eight years. Okafor came to Kettering from Corby, but a move away from Kettering is likely after the season.';
		expect(usages(club, 'Kettering')).toEqual(['embedded', 'embedded', 'embedded', 'embedded', 'embedded']);
		// (a match's place, and a fan's or a town's move, keep the town; and the same words where no club is named by the town)
		const venue = 'Kettering were beaten 2-0 in the league match. Corby face a trip to Kettering next, after a win at Kettering last season; fans travelled to Kettering by coach.';
		expect(usages(venue, 'Kettering').slice(1)).toEqual(['literal', 'literal', 'literal']);
		// (a match's venue or a team's journey: "take place at", "was moved to", "has been to", "flew over from")
		const moved = 'Kettering were beaten 2-1 by Corby in the FA Cup. The replay will take place at Kettering on Tuesday. Last season the final was moved to Kettering after the stadium in London was closed, and Corby have been to Kettering twice since; the team flew over from Kettering on Friday.';
		expect(usages(moved, 'Kettering').slice(1)).toEqual(['literal', 'literal', 'literal', 'literal']);
		const town = 'The striker moved to Kettering as a boy, and his time at Kettering shaped his football; a move away from Kettering came before the league season.';
		expect(usages(town, 'Kettering')).toEqual(['literal', 'literal', 'literal']);
	});

	it('reads "back" before a person\'s name as a rugby position in a text naming a British competition, and counts rugby\'s forwards (flanker, hooker) as words of sport', () => {
		// (two words of sport: "coach" and "flanker"; the text names the Six Nations)
		const text = 'The coach made two changes for the Six Nations trip to London. Okafor is preferred at flanker, while Kettering back Tom Price steps up.';
		expect(usages(text, 'Kettering')).toEqual(['embedded']);
		// (no British competition named; no name after "back"; a verb "back" after a placed name)
		expect(usages('The coach made two changes for the trip to London. Okafor is preferred at flanker, while Kettering back Tom Price steps up.', 'Kettering')).toEqual(['literal']);
		expect(usages('The coach made two changes for the Six Nations trip to London, with Kettering back in the black and the flanker fit.', 'Kettering')).toEqual(['literal']);
		expect(usages('Ahead of the Six Nations match in London, the shops in Kettering back Tom Price for the award, the coach said.', 'Kettering')).toEqual(['literal']);
	});

	it("keeps a squad list's bracketed club the town", () => {
		const text = 'After the league match in London on Monday, Kettering were beaten. The squad: T Hale (Kettering), W Stone (Corby), R Frost (Ashford), P Lamb (Luton).';
		expect(usages(text, 'Kettering')).toEqual(['embedded', 'literal']);
	});

	it('keeps the town outside sport, in a list of towns, in American sport and datelines, before its own words, and a nation as a side', () => {
		expect(usages('Cholera cases are rising in the league of mining towns; hospitals in Ndola and Kitwe have opened wards, the football club said.', 'Kitwe')).toEqual(['literal']);
		expect(usages("By a Staff Writer. Hamilton's quarterback threw for 310 yards as the Big Blue beat Middletown 35-14 in the league; the coach praised the season.", 'Hamilton')).toEqual(['literal']);
		expect(usages('Leeds were among the cities that bid for the festival, the council in London said.', 'Leeds')).toEqual(['literal']);
		const prep = 'FAIRFIELD — Fairfield beat Hamilton 21-14 Friday night to win the league title. Hamilton coach Jim Reed said the season was over. Hamilton will host Lakota West next week.';
		expect(usages(prep, 'Hamilton')).toEqual(['literal', 'literal', 'literal']);
		const month = 'Fairfield beat Hamilton 56-48 Dec. 12 to stay top of the league. Hamilton coach Jim Reed said his team played hard all season. Hamilton will host Lakota West next week.';
		expect(usages(month, 'Hamilton')).toEqual(['literal', 'literal', 'literal']);
		const homecoming = 'Fairfield edged Hamilton 56-48 Homecoming night, clinching the league. Hamilton will host Middletown in the playoffs this season.';
		expect(usages(homecoming, 'Hamilton')).toEqual(['literal', 'literal']);
		const dateline = "SPRINGFIELD — Springfield manager Tom Reese said the town's budget goal is modest this season. Springfield and Chicopee share a league for youth football.";
		expect(usages(dateline, 'SPRINGFIELD')).toEqual(['literal']);
		expect(usages(dateline, 'Springfield')).toEqual(['literal', 'literal']);
		expect(usages('Leeds were beaten 2-0 in the league match. Leeds city centre was busy after the game.', 'Leeds')).toEqual(['embedded', 'literal']);
		const rugby = 'In Cardiff, Wales were beaten by France in the rugby match, and the coach said the squad would regroup.';
		expect(usages(rugby, 'Wales')).toEqual(['literal']);
	});
});
