import { describe, expect, it } from 'vitest';
import { otherSpelling } from './spellings.ts';

describe('the other spelling of a name key', () => {
	it('spells out or abbreviates Saint, Sainte, Mount and Fort, wherever they stand', () => {
		expect(otherSpelling('saint croix county')).toBe('st croix county');
		expect(otherSpelling('st louis')).toBe('saint louis');
		expect(otherSpelling('ste genevieve county')).toBe('sainte genevieve county');
		expect(otherSpelling('mount vernon')).toBe('mt vernon');
		expect(otherSpelling('ft lauderdale')).toBe('fort lauderdale');
		expect(otherSpelling('port saint louis du rhone')).toBe('port st louis du rhone');
	});

	it('leaves names without those words, and lone words, alone', () => {
		expect(otherSpelling('saintes')).toBeNull();
		expect(otherSpelling('saint')).toBeNull();
		expect(otherSpelling('stuttgart')).toBeNull();
		expect(otherSpelling('fortaleza')).toBeNull();
	});
});
