import { describe, expect, it } from 'vitest';
import { circleRadius, labelRoom, labelSize } from './label-room.ts';

describe('labelRoom', () => {
	it('grows with the longest name and the biggest count', () => {
		const short = labelRoom([{ name: 'Baku', n: 1 }]);
		const long = labelRoom([{ name: 'Baku', n: 1 }, { name: 'Gizilbulagh gold deposit', n: 1 }]);
		expect(long.horizontal).toBeGreaterThan(short.horizontal);
		expect(labelRoom([{ name: 'Baku', n: 20 }]).horizontal).toBeGreaterThan(short.horizontal);
	});
	it('stops at the wrapping width for long names', () => {
		const room = labelRoom([{ name: 'A very long name of a place that wraps onto several lines', n: 1 }]);
		expect(room.horizontal).toBeLessThan(9 * 11 + circleRadius(1) + 10);
		expect(room.vertical).toBeGreaterThan(2 * 11);
	});
	it('is nothing without places', () => {
		expect(labelRoom([])).toEqual({ horizontal: 0, vertical: 0 });
	});
});

describe('sizes mirror the map layers', () => {
	it('labels grow from 11 to 14 px, circles from 5 to 30 px', () => {
		expect(labelSize(1)).toBe(11);
		expect(labelSize(40)).toBe(14);
		expect(circleRadius(1)).toBe(5);
		expect(circleRadius(16)).toBe(10);
		expect(circleRadius(5000)).toBe(30);
	});
});
