import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal-safe.ts';

describe('terminalSafe', () => {
	it('escapes terminal control sequences', () => {
		expect(terminalSafe('\u001b]0;PWNED\u0007\u001b[2J.txt')).toBe('\\e]0;PWNED\\x07\\e[2J.txt');
	});
	it('escapes line breaks, C1 controls and bidi overrides', () => {
		expect(terminalSafe('a\nb\r\u009b\u202eevil')).toBe('a\\nb\\r\\x9b\\u{202e}evil');
	});
	it('keeps ordinary text, accents and emoji', () => {
		expect(terminalSafe('Şuşa – Bakı 👩‍👩‍👧 "x"')).toBe('Şuşa – Bakı 👩‍👩‍👧 "x"');
	});
});
