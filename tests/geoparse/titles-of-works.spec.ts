// A place's name inside the title of a work or a publication is no place: the capitalised words right after
// the lower-case word for the work ("the film Hotel Rwanda", "his album Egypt", and after its medium "the TV show
// Twin Peaks": thing-names.ts titleOfWork),
// a title written in title case inside running text ("went to Nights Of Lisbon in", "the sequel to Escape From
// Lisbon.": work-titles.ts), a
// title the next words call a work ("Tulsa Summer, a gentle comedy starring"),
// a small place's name between "the" and "newspaper" or "magazine" ("told the Herald newspaper":
// other-names.ts), a name right after "honorary" ("an honorary Cesar": the award, judge.ts) or right before
// a word for an award ("the Cesar film awards": thing-names.ts namesAnAward). The same
// names elsewhere stay places; so is a town after the colon of a title in running text ("GTA: San Andreas":
// colon-subtitles.ts). Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('the title of a work after the word for its kind', () => {
	it('is no place', () => {
		expect(places('She is best known for the film Hotel Rwanda.')).toEqual([]);
		expect(places('His album Egypt was a surprise hit.')).toEqual([]);
	});

	it('is no place before a past tense that doubles its consonant, or before "which"', () => {
		expect(places('The supernatural thriller Constantine dropped a place to three.')).toEqual([]);
		expect(places('It held off the new sci-fi thriller Constantine which opened at number two.')).toEqual([]);
	});

	it('leaves the name elsewhere a place', () => {
		expect(places('The film was shot in Rwanda, and film crews in Egypt followed.')).toEqual(['Rwanda RW', 'Egypt EG']);
		// (a place before "which" or "dropped" with no kind of work before it stays)
		expect(places('The thriller was shot in Algeria, in Constantine which lies inland; Algeria dropped in rank.')).toEqual(['Algeria DZ', 'Constantine DZ', 'Algeria DZ']);
	});
});

describe('the title of a broadcast after "TV show", "TV soap", "radio programme", "music show"', () => {
	it('is no place', () => {
		expect(places('He later appeared in the cult TV show Twin Peaks.')).toEqual([]);
		expect(places('The creator of the TV soap Brookside has written to the minister.')).toEqual([]);
		expect(places('His popular music show American Bandstand was first broadcast in 1952.')).toEqual([]);
	});

	it('leaves "show" as a verb, a show filmed somewhere and a name before a noun places', () => {
		expect(places('Figures show Britain is growing faster than France, the TV show said.')).toEqual(['Britain GB', 'France FR']);
		expect(places('The TV show was filmed in Paris, and the radio programme in Dublin drew big audiences.')).toEqual(['Paris FR', 'Dublin IE']);
		expect(places('A TV show London viewers loved was dropped.')).toEqual(['London GB']);
	});
});

describe('a title with no word for its kind before it', () => {
	it('is no place where it is written in title case inside running text', () => {
		expect(places('The top prize went to Nights Of Lisbon in a close vote.')).toEqual([]);
		expect(places('The jury also praised Winter In Oslo, which opens next month.')).toEqual([]);
	});

	it('is no place where it closes a clause of running text ("the sequel to Escape From Lisbon.")', () => {
		expect(places('She starred in the sequel to Escape From Lisbon. Filming began in May.')).toEqual([]);
		expect(places('His films include Romancing The Stone and The Jewel Of The Danube, both hits.')).toEqual([]);
		expect(places('His best work is Gangs Of Boston (2003).')).toEqual([]);
	});

	it('leaves a clause closing on two names a capitalised "And" joins, and a headline closing its line', () => {
		expect(places('Fans begged them never to remake Tulsa And The Wheelies. The show ran for years.')).not.toEqual([]);
		expect(places('Snow Falls On Boston\nA storm hit the town on Sunday.')).toEqual(['Boston US']);
	});

	it('is no place where the next words call it a work', () => {
		expect(places('The season closes with Tulsa Summer, a gentle comedy starring two newcomers.')).toEqual([]);
		expect(places('Critics praised the biopic Denton, which opens on Friday.')).toEqual([]);
	});

	it('leaves places in title-case headlines, in names with their own small word, and before "a film festival town"', () => {
		expect(places('Fire In Boston Leaves Two Homeless\nA fire destroyed a house on Sunday.')).toEqual(['Boston US']);
		expect(places('She flew from Lisbon to Oslo and then on to the Isle Of Man for a holiday.')).toEqual(['Lisbon PT', 'Oslo NO', 'Isle Of Man IM']);
		expect(places('Each May, Cannes, a film festival town, fills its hotels.')).toEqual(['Cannes FR']);
	});

	it('leaves a place\'s formal name with a capitalised "Of", a journey in title case, and a name a kind of work only describes', () => {
		expect(places('A spokesman for the City Of Denver said the roads would reopen by noon.')).toEqual(['Denver US']);
		expect(places('A suit filed by the State Of Ohio accuses two firms of fraud.')).toEqual(['Ohio US']);
		expect(places('Supporters drove From Seattle To Portland for the final.')).toEqual(['Seattle US', 'Portland US']);
		expect(places('Tulsa, a thriller of a game for home fans, went to extra time.')).toEqual(['Tulsa US']);
	});
});

describe('a small place’s name between "the" and a publication’s kind', () => {
	it('is the publication', () => {
		expect(places('He told the Herald newspaper that he was not fit.')).toEqual([]);
	});
});

describe('a name right after "honorary"', () => {
	it('is the award', () => {
		expect(places('The actor will be given an honorary Cesar next month.')).toEqual([]);
	});

	it('is the award right before a word for one, with or without its field', () => {
		expect(places('The comedy took four Cesar film awards on Friday.')).toEqual([]);
		expect(places('Her first novel won a Cesar prize in the spring.')).toEqual([]);
	});

	it('leaves a country, a demonym and a name before a noun', () => {
		expect(places('The Kenya awards honoured teachers.')).toEqual(['Kenya KE']);
		expect(places('The Irish film awards were held in Dublin.')).toEqual(['Irish IE', 'Dublin IE']);
		expect(places('Farmers near Cesar prize cattle above all.')).toHaveLength(1);
	});
});

describe('a weakly read town after the colon of a title in running text (colon-subtitles.ts)', () => {
	it('is the work’s subtitle, and so are its bare mentions elsewhere', () => {
		expect(places('The 18 certificate GTA: San Andreas is out. Its setting is the fictional state of San Andreas.')).toEqual([]);
		expect(places('Sales rose with the release of the game Grand Theft Auto: San Andreas. San Andreas sold well.')).toEqual([]);
	});

	it('leaves a label opening its line or sentence, a speaker, and a colon after a lower-case word', () => {
		expect(places('Venue: Paramount.')).toEqual(['Paramount US']);
		expect(places('Then said Mr Brown: Paramount is ready.')).toEqual(['Paramount US']);
		expect(places('The tour takes in two towns: Paramount and Downey.')).toEqual(['Paramount US', 'Downey US']);
	});

	it('leaves a club before a score or a fixture after a competition’s colon (a club named by its town is the town)', () => {
		expect(places('Match report from the Premier League: Burnley 2 Chelsea 1.')).toEqual(['Burnley GB']);
		expect(places('The draw for the FA Cup: Burnley v Leeds, Wigan v Stoke.')).toContain('Burnley GB');
	});
});
