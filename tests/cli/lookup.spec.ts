// `gazette lookup` as a user runs it, on the real index: what a correction needs, and clear errors.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../../src/lib/gazetteer/index.ts';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

const BIN = join(PACKAGE_ROOT, 'bin', 'gazette.js');

function gazette(args: string[]) {
	const result = spawnSync(process.execPath, [BIN, 'lookup', ...args], { encoding: 'utf8', cwd: '/' });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
	await testGazetteer(); // builds the index if it is missing
});

describe('gazette lookup', () => {
	it('lists the counties of a name with their state, and the JSON has what a correction needs', () => {
		const table = gazette(['Scott', 'County', '--country', 'US']);
		expect(table.status).toBe(0);
		expect(table.stdout).toMatch(/^"Scott County": \d+ entries/);
		expect(table.stdout).toMatch(/adm2:US-18143 +Scott County +district +US +Indiana \(IN\) +143/);

		const json = gazette(['Scott County', '--kind', 'district', '--json']);
		expect(json.status).toBe(0);
		const indiana = (JSON.parse(json.stdout) as GazetteerEntry[]).find((e) => e.admin1 === 'IN')!;
		expect(indiana).toMatchObject({ id: 'adm2:US-18143', kind: 'district', country: 'US', admin1Name: 'Indiana', admin2: '143' });
		expect(indiana.population).toBeGreaterThan(0);
		expect(indiana.source).toMatch(/Census/);
	});

	it('gives every Salem its county, so "Salem, in Washington County, Indiana" can be checked', () => {
		const result = gazette(['Salem', '--country', 'us', '--kind', 'city', '--json']);
		const entries = JSON.parse(result.stdout) as GazetteerEntry[];
		expect(entries.length).toBeGreaterThan(10);
		expect(entries.every((e) => e.country === 'US' && e.kind === 'city')).toBe(true);
		expect(entries.find((e) => e.admin1 === 'IN' && e.name === 'Salem')).toMatchObject({ admin2Name: 'Washington County', admin1Name: 'Indiana' });
	});

	it('exits 1 with one line when nothing matches, and 2 on bad usage', () => {
		const none = gazette(['Xyzzyquux']);
		expect(none.status).toBe(1);
		expect(none.stderr).toBe('gazette: no gazetteer entry for "Xyzzyquux"\n');
		// a name is printed escaped: it cannot clear the terminal
		expect(gazette(['\u001b[2JX']).stderr).toBe('gazette: no gazetteer entry for "\\e[2JX"\n');
		expect(gazette([]).status).toBe(2);
		const badKind = gazette(['Salem', '--kind', 'town']);
		expect(badKind.status).toBe(2);
		expect(badKind.stderr).toMatch(/^gazette: --kind must be one of continent, country, region, district, city/);
		expect(gazette(['Salem', '--country', 'USA']).status).toBe(2);
	});
});
