import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openSession, type Session } from './client.ts';
import { checkCorrections, corrections } from './state.svelte.ts';

vi.mock('./client.ts', async (original) => ({ ...(await original<typeof import('./client.ts')>()), openSession: vi.fn() }));
const opened = vi.mocked(openSession);
const writable: Session = { writable: true, token: 't0k', revision: 'r1', corrections: [] };

describe('asking the server whether it takes corrections', () => {
	beforeEach(() => opened.mockReset());
	it('asks again after a failed ask, and not again after an answer', async () => {
		opened.mockRejectedValueOnce(new Error('network down'));
		await checkCorrections();
		expect(corrections).toMatchObject({ checked: true, writable: false });
		opened.mockResolvedValue(writable);
		await checkCorrections();
		expect(corrections).toMatchObject({ checked: true, writable: true, token: 't0k', revision: 'r1' });
		await checkCorrections();
		expect(opened).toHaveBeenCalledTimes(2);
	});
});
