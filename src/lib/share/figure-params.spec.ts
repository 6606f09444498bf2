import { describe, expect, it } from 'vitest';
import { parseFigureParams, setFigureParams } from './figure-params.ts';

describe('figure parameters', () => {
	it('reads figure and inset flags, leaving the inset to the frame by default', () => {
		expect(parseFigureParams(new URLSearchParams('topic=mining'))).toEqual({ figure: false, inset: null });
		expect(parseFigureParams(new URLSearchParams('figure=1&inset=0'))).toEqual({ figure: true, inset: false });
		expect(parseFigureParams(new URLSearchParams('figure=yes&inset=true'))).toEqual({ figure: false, inset: true });
	});
	it('round-trips through a URL', () => {
		const params = setFigureParams(new URLSearchParams('topic=a'), { figure: true, inset: null });
		expect(params.toString()).toBe('topic=a&figure=1');
		expect(parseFigureParams(params)).toEqual({ figure: true, inset: null });
	});
});
