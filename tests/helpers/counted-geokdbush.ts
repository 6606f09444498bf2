// geokdbush whose `around` counts the points of every index it searches, summed over a run: a question over
// an index of many points at one spot costs as many steps as it has points there. Linear-time specs mock
// geokdbush with it — vi.mock('geokdbush', () => import('../helpers/counted-geokdbush.ts')) — and read
// `searched.points`.
import { vi } from 'vitest';

type Geokdbush = typeof import('geokdbush');
const actual = await vi.importActual<Geokdbush>('geokdbush');

export const searched = { points: 0 };
export const distance: Geokdbush['distance'] = actual.distance;
export const around: Geokdbush['around'] = (...args) => {
	searched.points += (args[0] as { numItems: number }).numItems;
	return actual.around(...args);
};
