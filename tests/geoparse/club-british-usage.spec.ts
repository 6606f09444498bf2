// British usage in a sports text (club-towns.ts) is read from more than a competition's name: a football word
// spelt the British way ("a late equaliser"), "the Premier League", or a sign only British usage gives at another
// town ("Wrexham defender Stephen Roberts", "Middlesbrough were"); then the signs American reports share name the
// club: "Liverpool manager Tom Hale", "the derby with Birmingham", "a 1-0 loss to West Ham", "playing for
// Gloucester" (usage embedded: recognised, not mapped). Not an American report ("We are" opens a sentence; the
// -ize spelling; a title at an American town, "Canton goalkeeper Jane Smith", which American soccer shares), not "came to Cardiff's new Millennium Stadium" (the town's named place), not a nation.
// Texts written for these tests (none copied).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { usagesOfEach } from '../helpers/usages.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const usages = (text: string, name: string): string[] => usagesOfEach(text, name, gazetteer);

describe('British usage of a sports text', () => {
	it('reads a club by a shared title where the text spells its play the British way', () => {
		const british = 'On Sunday Liverpool manager Tom Hale praised his goalkeeper after a late equaliser earned a point at home.';
		expect(usages(british, 'Liverpool')).toEqual(['embedded']);
		const american = 'On Sunday Liverpool manager Tom Hale praised his goalkeeper after a late equalizer earned a point at home.';
		expect(usages(american, 'Liverpool')).toEqual(['literal']);
	});

	it('reads the side of a derby, and of a result after a score, once another town is a club in British usage', () => {
		const derby = 'Villa skipper Tom Hale spoke before Sunday\'s derby with Birmingham. The football manager said the Premier League match would be tough.';
		expect(usages(derby, 'Birmingham')).toEqual(['embedded']);
		const loss = 'Huddersfield defender Sam Cole is in the football squad, and Jon Reed hurt his knee in the Bluebirds\' 1-0 loss to West Ham on Sunday.';
		expect(usages(loss, 'West Ham')).toEqual(['embedded']);
	});

	it('reads "playing for Gloucester" as the club', () => {
		const text = 'Hale broke his arm playing for Gloucester last weekend. Bath flanker Tom Reed is also out of the rugby squad for the match.';
		expect(usages(text, 'Gloucester')).toEqual(['embedded']);
	});

	it('takes a named competition of British sport for a sports text, where its other words are everyday words too', () => {
		// (one word of SPORT_WORDS only, "squad": the Six Nations makes it a sports text; "centre" before a name is
		// the player's position, not the town's centre)
		const rugby = 'England may be without Gloucester centre Tom Hale for the Six Nations after he hurt his ankle. Gloucester prop Sam Cole is in the training squad.';
		expect(usages(rugby, 'Gloucester')).toEqual(['embedded', 'embedded']);
		// (no competition and one sport word: the town's business, not a side)
		const firm = 'Gloucester prop maker Hale and Sons said on Monday it would move its training squad of welders to a new site.';
		expect(usages(firm, 'Gloucester')).toEqual(['literal']);
		// (a sponsor's name alone is the firm's, no competition: business news keeps its towns; "Heineken Cup" is one)
		const brewer = 'Heineken said sales rose 5 per cent in Europe. Amsterdam boss Jan de Vries said the brewery in Zoeterwoude would expand.';
		expect(usages(brewer, 'Amsterdam')).toEqual(['literal']);
		const energy = 'Powergen raised its prices by 9 per cent. Nottingham boss Nick Baldwin said customers in Coventry would be hit hardest.';
		expect(usages(energy, 'Nottingham')).toEqual(['literal']);
		const cup = 'Bath prop Matt Stevens is in the squad for the Heineken Cup match.';
		expect(usages(cup, 'Bath')).toEqual(['-']);
	});

	it('reads a club after a word that governs its player: "the signing of Middlesbrough defender Andy Davies"', () => {
		const signing = 'Holloway hopes to complete the signing of Middlesbrough defender Andy Davies before the league match. The football club is keen.';
		expect(usages(signing, 'Middlesbrough')).toEqual(['embedded']);
		// (the town where no title and name follow: "of" places it)
		const town = 'Middlesbrough defender Andy Davies is in the football squad for the league match, and the people of Middlesbrough cheered.';
		expect(usages(town, 'Middlesbrough')).toEqual(['embedded', 'literal']);
	});

	it('leaves an American report, a town\'s named place and a nation alone', () => {
		const american = 'The Bulldogs beat Louisville in the semifinal game of the basketball tournament season. We are so proud, said the coach, whose guard scored 25 points in the game against Louisville.';
		expect(usages(american, 'Louisville')).toEqual(['literal', 'literal']);
		const stadium = 'Cardiff defender Tom Reed was in the football squad, and New Zealand lost 8-3 to Cardiff in 1953. The side came to Cardiff\'s new Millennium Stadium in 2002 and won.';
		expect(usages(stadium, 'Cardiff')).toEqual(['embedded', 'embedded', 'literal']);
		const rescue = 'On Sunday Liverpool defender Tom Reed was in the football squad, and the keeper came to Liverpool\'s rescue in the match.';
		expect(usages(rescue, 'Liverpool')).toEqual(['embedded', 'embedded']);
		// (American soccer shares the titles: a high school's or an MLS side's town stays the town)
		const school = 'Girls soccer: Canton goalkeeper Jane Smith made 12 saves in a 2-1 win over Massillon on Tuesday. The match against Massillon drew 800 fans to the football field.';
		expect(usages(school, 'Massillon')).toEqual(['literal', 'literal']);
		const boys = 'Boys soccer: Westfield defender Mark Jones scored in a 3-1 loss to Hartford on Friday, and the Hartford match drew a big crowd to the football field.';
		expect(usages(boys, 'Hartford')[0]).toEqual('literal');
		const nation = 'Swansea striker Lee Trundle scored a late equaliser in the football match, and Hughes played for Wales in the league season.';
		expect(usages(nation, 'Wales')).toEqual(['literal']);
	});
});
