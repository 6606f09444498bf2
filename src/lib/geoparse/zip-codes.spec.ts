import { describe, expect, it } from 'vitest';
import { zipCodesIn } from './zip-codes.ts';

describe('zipCodesIn', () => {
	it('reads ZIP codes as addresses write them', () => {
		expect(zipCodesIn('5721 springfield hwy, williston, 29853')).toEqual(['29853']);
		expect(zipCodesIn('Riverside, WY 82325-1234 and Springfield, IL 62701')).toEqual(['82325', '62701']);
	});

	it('reads no ZIP code into other numbers', () => {
		expect(zipCodesIn('In 2019, 29,853 people paid $29853, and 123456 more')).toEqual([]);
		expect(zipCodesIn('at, 298530 or , 2985')).toEqual([]);
		expect(zipCodesIn('')).toEqual([]);
	});
});
