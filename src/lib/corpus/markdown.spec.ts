import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown.ts';

describe('markdownToText', () => {
	it('keeps the prose and the first heading', () => {
		const { text, heading } = markdownToText('# Lachin *road*\n\nA **new** [road](http://x) to _Lachin_.\n\n- item one\n> quoted `code`');
		expect(heading).toBe('Lachin road');
		expect(text).toBe('Lachin road\n\nA new road to Lachin.\n\nitem one\nquoted code');
	});
	it('drops fenced code and keeps snake_case words intact', () => {
		const { text } = markdownToText('keep snake_case_name\n```\ndrop me\n```\n---\nend');
		expect(text).toBe('keep snake_case_name\n\nend');
	});
});
