import { describe, expect, it } from 'vitest';
import { phoneStatesIn } from './area-codes.ts';

describe('phoneStatesIn', () => {
	it('reads the state of an area code however the number is written', () => {
		expect(phoneStatesIn('Call (419) 281-4000 for hours.')).toEqual(['OH']);
		expect(phoneStatesIn('tel: 207-555-0142 fax: 207-555-0199')).toEqual(['ME']);
		expect(phoneStatesIn('tel: 580.555.0123 | fax: 580.555.0177')).toEqual(['OK']);
	});

	it('reads no toll-free number, no number inside a longer run of digits, no seven digits alone', () => {
		expect(phoneStatesIn('Call 800-571-7344 or 888.322.8001.')).toEqual([]);
		expect(phoneStatesIn('ISBN 978-0-419-281-4000; order 1419-281-40001')).toEqual([]);
		expect(phoneStatesIn('Call 281-4000 for hours.')).toEqual([]);
	});

	it('reads nothing from a directory of numbers in many states', () => {
		expect(phoneStatesIn('Offices: (212) 555-0100, (312) 555-0100, (415) 555-0100.')).toEqual([]);
		expect(phoneStatesIn('Offices: (212) 555-0100 and (518) 555-0100.')).toEqual(['NY']);
	});
});
