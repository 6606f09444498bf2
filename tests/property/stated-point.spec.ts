// statedPoint on long runs of near misses (degree signs, minutes, signed pairs without their cue,
// "latitude" without a number pair): linear time, a ratio to the same text at a tenth of the size.
import { describe, it } from 'vitest';
import { statedPoint } from '../../src/lib/geoparse/stated-point.ts';
import { expectLinear } from './linear-time.ts';

const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length));

describe('statedPoint', () => {
	it('scans a megabyte of near misses in linear time', () => {
		for (const filler of ['1°', '1°1′', '; 1.1', '12.5°N ', 'latitude 1.1 ']) {
			expectLinear(`statedPoint ${JSON.stringify(filler)}`, { read: statedPoint, make: repeat(filler) }, 100_000);
		}
	});
});
