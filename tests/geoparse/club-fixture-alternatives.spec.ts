// A draw lists a side not yet known as two clubs joined by "or" (club-lists.ts alternativeOfFixtureSide, a club-town
// sign in club-towns.ts): "Derby v Watford or Fulham", "Reading or Swansea v Leicester" make Fulham and Reading clubs
// (usage embedded: recognised, not mapped); so does a cup tie named by the side played ("Saints face Pompey tie",
// club-towns.ts titleAfter). Not "or" without a fixture ("Leeds or York will host"), not a nation ("France or Italy v
// Wales" stays France). Texts written for these tests (none copied).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { usagesOfEach } from '../helpers/usages.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const mapped = (text: string, name: string): boolean[] => usagesOfEach(text, name, gazetteer).map((usage) => usage === 'literal');

describe('a club named as the alternative of a fixture side', () => {
	it('reads a town joined by "or" to a side of a fixture, and a town before "tie", as the club', () => {
		const draw = 'The FA Cup fifth round draw: Chelsea v Watford or Fulham, Reading or Swansea v Leicester. The football matches are played in February.';
		expect([...mapped(draw, 'Fulham'), ...mapped(draw, 'Reading')]).toEqual([false, false]);
		const headline = "Redknapp's Saints face Pompey tie New Southampton manager Harry Redknapp faces a reunion with his old club Portsmouth after they were drawn together in the FA Cup fourth round. Derby v Watford or Fulham, Reading or Swansea v Leicester.";
		expect(mapped(headline, 'Pompey')).toEqual([false]);
	});

	it('leaves "or" without a fixture and a nation\'s side', () => {
		expect(mapped('Leeds or York will host the football league final, the cup match organisers said.', 'York')).toEqual([true]);
		expect(mapped('The rugby draw: France or Italy v Wales in the Six Nations match next season.', 'France')).toEqual([true]);
	});
});
