import { describe, expect, it } from 'vitest';
import { MAX_YAML_NESTING, readFrontMatter, splitFrontMatter } from './front-matter.ts';

describe('readFrontMatter (YAML)', () => {
	it('reads known keys and aliases, drops quotes and comments', () => {
		expect(readFrontMatter('title: "Baku: a city of winds" # headline\npublished: 2023-05-10\nby: A. Writer\ncolour: red\n')).toEqual({
			title: 'Baku: a city of winds',
			date: '2023-05-10',
			author: 'A. Writer'
		});
	});
	it('joins an author list, folds a block scalar and decodes escapes', () => {
		const meta = readFrontMatter('author:\n  - Leyla Aliyeva\n  - Rauf Mammadov\nsource: >\n  Caspian\n  Wire\ntitle: "Talks in \\"Baku\\"\\u2014day 2"\nid: 42\n');
		expect(meta).toEqual({ author: 'Leyla Aliyeva, Rauf Mammadov', source: 'Caspian Wire', title: 'Talks in "Baku"—day 2', id: '42' });
	});
	it('ignores nested mappings and rejects what is not a mapping', () => {
		expect(readFrontMatter('title:\n  en: Baku\nauthor: [A, [B]]\n')).toEqual({ author: 'A' });
		expect(readFrontMatter('- a list\n')).toBeNull();
		expect(readFrontMatter('title: [unclosed\n')).toBeNull();
		expect(readFrontMatter('')).toEqual({});
	});
	it('refuses lines indented to more levels than metadata has, but reads a block scalar indented as it likes', () => {
		const nested = (levels: number) => `title: Rain in Ganja\n${Array.from({ length: levels - 1 }, (_, i) => `${'  '.repeat(i)}notes:\n`).join('')}${'  '.repeat(levels - 1)}x: y\n`;
		expect(readFrontMatter(nested(MAX_YAML_NESTING))).toEqual({ title: 'Rain in Ganja' });
		expect(readFrontMatter(nested(MAX_YAML_NESTING + 1))).toBeNull();
		// a block scalar's lines are its text, whatever their indentation or brackets
		const poem = Array.from({ length: 3 * MAX_YAML_NESTING }, (_, i) => `${' '.repeat(2 + i)}[[ step ${i} {`).join('\n');
		expect(readFrontMatter(`summary: |-  # verses\n${poem}\ntitle: Steps down to the Kura\n`)).toEqual({ title: 'Steps down to the Kura' });
	});
	it('reads no field from keys named like members every object has', () => {
		expect(readFrontMatter('constructor: Rustam\n__proto__: Lachin\nhasOwnProperty: x\ntitle: Ferry to Aktau\n')).toEqual({ title: 'Ferry to Aktau' });
	});
	it('refuses alias bombs instead of expanding them', () => {
		const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), 'title: T'].join('\n');
		expect(readFrontMatter(bomb)).toBeNull();
	});
});

describe('splitFrontMatter (plain text)', () => {
	it('splits a fenced YAML mapping off the body', () => {
		expect(splitFrontMatter('---\ntitle: Shusha\n---\nText')).toEqual({ meta: { title: 'Shusha' }, body: 'Text' });
	});
	it('leaves text alone without a closing fence or when the block is not a mapping', () => {
		expect(splitFrontMatter('---\ntitle: x\nno end')).toBeNull();
		expect(splitFrontMatter('---\njust a line of prose\n---\nText')).toBeNull();
	});
});
