// Words right before a town's name that make it a word of a longer name: a capitalised European particle
// or article ("Le", "Il": a surname, a band's or a paper's name), an acronym that is only a small town's
// name too ("a firm's initials and a division"), a first name and an initial without its full stop (a
// person's middle initial). Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { isMappable } from '../../src/lib/corpus/document.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The names the map would show, with their countries. */
const mapped = (text: string) =>
	geoparse(text, gazetteer)
		.filter(isMappable)
		.map((t) => `${t.name} ${t.country ?? ''}`);

describe('a capitalised particle or article before a town’s name', () => {
	it('opens a surname or a foreign title: the name after it is no town', () => {
		expect(mapped('The tenor group Il Divo sold out two nights at the arena.').filter((n) => n.startsWith('Divo'))).toEqual([]);
		expect(mapped('The singer said the band was getting on well, and Le Bon added that a tour was planned.')).toEqual([]);
		expect(mapped('The prop Lo Cicero was named in the side for Saturday.')).toEqual([]);
	});

	it('is part of a place’s own name where the gazetteer has it whole', () => {
		expect(mapped('The ferry docked at Le Havre after a rough crossing.')).toEqual(['Le Havre FR']);
		expect(mapped('Talks were held in La Paz and then in Los Angeles.')).toEqual(['La Paz BO', 'Los Angeles US']);
	});
});

describe('an acronym before a well-known town’s name, itself only a small town’s name', () => {
	it('opens a firm’s or a ship’s name', () => {
		expect(mapped('Shares in EA Mobile rose after the games maker reported strong sales.')).toEqual([]);
		expect(mapped('The frigate HMS Chatham arrived in the disaster area.')).toEqual([]);
	});
});

describe('a first name and an initial without its full stop before a town’s name', () => {
	it('make a person’s name, who is that person through the text', () => {
		expect(mapped('Hackers target Bush website\nSupporters of George W Bush said the site would reopen on Monday.')).toEqual([]);
		expect(mapped('Jackson stole the show. Samuel L Jackson plays a crooked detective in the film, shot in Toronto.')).toEqual(['Toronto CA']);
		expect(mapped('Actor Michael J Fox spoke at a dinner in Boston.')).toEqual(['Boston US']);
	});
});

describe('a lone initial opening a sentence or a list’s item, before a town’s name', () => {
	it('makes a player’s name, as line-ups and results lists print them', () => {
		expect(mapped('Scotland: C Paterson; R Garland, T Davenport, B Douglas; K Foley. Replacements: D Lima.')).toEqual(['Scotland GB']);
		expect(mapped('High jump: M Corrigan (Leeds). Pole vault: T Buckfield (Sale), H Clitheroe (Bolton).').filter((n) => /Corrigan|Buckfield|Clitheroe/.test(n))).toEqual([]);
	});

	it('makes a player’s name after a compass letter where a player by another initial is listed beside it', () => {
		expect(mapped('Italy: G Intoppa, S Perugini, CA del Fava, S Orlando, P Griffen, R Pedrazzi.')).toEqual(['Italy IT']);
		expect(mapped('60m: L Achike (Shaftesbury Barnet Harriers), N Douglas (Harrow AC), P Idowu (Belgrave Harriers).').filter((n) => n.startsWith('Douglas'))).toEqual([]);
		// (no player beside them: a referee's county, two countries listed)
		expect(mapped('Att: 42,093. Ref: H Webb (S Yorkshire).')).toEqual(['Yorkshire GB']);
		expect(mapped('Talks between S Korea, N Korea and Japan resumed.').map((n) => n.split(' ')[0])).toEqual(['Korea', 'Korea', 'Japan']);
	});

	it('is no initial where it is an article, a compass letter or a label after a word', () => {
		expect(mapped('A Texas company bought the plant.')).toEqual(['Texas US']);
		expect(mapped('S Korea and N Ireland sent teams to Lima.').map((n) => n.split(' ')[0])).toEqual(['Korea', 'Ireland', 'Lima']);
		expect(mapped('In Group B Lima hosts the first match, the organisers said in Peru.')).toContain('Lima PE');
	});
});
