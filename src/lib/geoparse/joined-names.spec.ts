import { describe, expect, it } from 'vitest';
import { joinedNameEnd } from './joined-names.ts';
import { tokenize } from './tokens.ts';

describe('joinedNameEnd', () => {
	it('ends a joined name at its last joined word', () => {
		const tokens = tokenize('merged into Sévérac-d’Aveyron in 2016');
		const aveyron = tokens.findIndex((t) => t.text === 'Aveyron');
		expect(tokens[joinedNameEnd(tokens, aveyron, aveyron)]!.text).toBe('Aveyron');
		const severac = tokens.findIndex((t) => t.text === 'Sévérac');
		expect(tokens[joinedNameEnd(tokens, severac, severac)]!.text).toBe('Aveyron');
	});

	it('is -1 for an English compound', () => {
		const tokens = tokenize('a Paris-based firm');
		expect(joinedNameEnd(tokens, 1, 1)).toBe(-1);
	});

	it('reads at most a few words on from the name in a long joined run (linear time)', () => {
		const tokens = tokenize(`Aveyron${'-de-Aveyron'.repeat(1_000)}`);
		const end = joinedNameEnd(tokens, 0, 0);
		expect(end).toBeGreaterThan(0);
		expect(end).toBeLessThanOrEqual(12);
	});
});
