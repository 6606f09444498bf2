import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerEarly, askEarly, takeEarly } from './api-requests.ts';

/** A response that records when its body is read. */
function recorded(body: string, status: number): { response: Response; read: () => boolean } {
	const response = new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
	const json = response.json.bind(response);
	let read = false;
	response.json = () => {
		read = true;
		return json();
	};
	return { response, read: () => read };
}

const aTask = () => new Promise((done) => setTimeout(done));

describe('questions asked early', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('reads a good answer as it arrives, before the page takes it', async () => {
		const { response, read } = recorded('{"places":[1,2]}', 200);
		vi.stubGlobal('fetch', () => Promise.resolve(response));
		askEarly('http://gazette.test/api/view?a=1');
		await aTask();
		expect(read()).toBe(true);
		const answer = await takeEarly('http://gazette.test/api/view?a=1');
		expect(answer?.ok).toBe(true);
		expect(await answer?.json()).toEqual({ places: [1, 2] });
		expect(takeEarly('http://gazette.test/api/view?a=1')).toBeUndefined();
	});

	it('hands a failed answer over unread, with its status', async () => {
		const { response, read } = recorded('no such output', 404);
		vi.stubGlobal('fetch', () => Promise.resolve(response));
		askEarly('http://gazette.test/api/info');
		await aTask();
		expect(read()).toBe(false);
		const answer = await takeEarly('http://gazette.test/api/info');
		expect(answer?.status).toBe(404);
		expect(answer?.ok).toBe(false);
	});

	it('answers the next question for a URL with a body another request brought', async () => {
		answerEarly('http://gazette.test/api/view?b=2', { summary: { placeCount: 3 } }, 1000);
		const answer = await takeEarly('http://gazette.test/api/view?b=2');
		expect(answer?.status).toBe(200);
		expect(await answer?.json()).toEqual({ summary: { placeCount: 3 } });
	});
});
