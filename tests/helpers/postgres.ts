// A throwaway PostgreSQL cluster for tests and benches: initdb into a temp folder (as the `postgres`
// user when running as root: initdb refuses root), a free port, pg_ctl start; stop() removes it all.
// usePostgisCluster: the same for a spec file, with its temp folder.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PACKAGE_ROOT } from '../../src/lib/server/paths.ts';
import { afterAll, beforeAll } from 'vitest';

const BIN_DIRS = [process.env.GAZETTE_PG_BIN, '/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin'].filter((d): d is string => !!d);

/** The folder holding initdb and pg_ctl, or null when PostgreSQL is not installed here. */
export function postgresBin(): string | null {
	return BIN_DIRS.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

/** Whether PostGIS's extension files are installed for that server. */
export function hasPostgis(bin: string): boolean {
	const share = execFileSync(join(bin, 'pg_config'), ['--sharedir'], { encoding: 'utf8' }).trim();
	return existsSync(join(share, 'extension', 'postgis.control'));
}

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export function postgresMissing(): string | null {
	const bin = postgresBin();
	if (!bin) return 'PostgreSQL 15 binaries not found (apt-get install postgresql-15 postgresql-15-postgis-3)';
	if (!hasPostgis(bin)) return 'PostGIS not installed (apt-get install postgresql-15-postgis-3)';
	return null;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const port = (server.address() as { port: number }).port;
			server.close(() => resolve(port));
		});
	});
}

export interface ThrowawayPostgres {
	url: string;
	stop(): void;
}

interface Cluster extends ThrowawayPostgres {
	/** its data folder */
	data: string;
	/** stops it cleanly and hands its data folder to `keep` (renamed there), the rest removed */
	stopInto(keep: string): void;
}

/** rename, or copy where `to` is on another file system (a tmpfs /tmp) */
function moveFolder(from: string, to: string): void {
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		execFileSync('cp', ['-a', from, to]);
	}
}

/** A throwaway cluster: initdb'd anew, or started on a copy of `copyOf` (a cleanly stopped data folder). */
async function launchCluster(copyOf: string | null = null): Promise<Cluster> {
	const bin = postgresBin();
	if (!bin) throw new Error('PostgreSQL binaries not found');
	const root = mkdtempSync(join(tmpdir(), 'gazette-pg-'));
	const data = join(root, 'data');
	const asRoot = userInfo().uid === 0;
	const owner = asRoot ? (execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim() as string) : null;
	if (owner) {
		chownSync(root, Number(owner), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()));
		chmodSync(root, 0o700);
	}
	const run = (tool: string, args: string[]) =>
		asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], { stdio: 'pipe', cwd: root }) : execFileSync(join(bin, tool), args, { stdio: 'pipe', cwd: root });
	const user = asRoot ? 'postgres' : userInfo().username;
	// cp -a keeps the files' owner (postgres), which PostgreSQL checks
	if (copyOf) execFileSync('cp', ['-a', copyOf, data]);
	else run('initdb', ['-D', data, '-U', user, '--auth=trust', '-E', 'UTF8', '--locale=C']);
	const port = await freePort();
	// small and quick: no durability needed for a test cluster
	const settings = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=40 -c shared_buffers=64MB`;
	run('pg_ctl', ['-D', data, '-o', settings, '-l', join(root, 'log'), '-w', 'start']);
	let stopped = false;
	const stop = (mode: 'immediate' | 'fast', keep?: string) => {
		if (stopped) return;
		stopped = true;
		try {
			run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
			if (keep) moveFolder(data, keep);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	};
	return { url: `postgres://${user}@127.0.0.1:${port}/postgres`, data, stop: () => stop('immediate'), stopInto: (keep) => stop('fast', keep) };
}

export async function startPostgres(): Promise<ThrowawayPostgres> {
	return launchCluster();
}

/**
 * How a database sorts text: 'C' (byte order, the throwaway cluster's own) or 'en-US' (ICU's English
 * rules, as on most servers, initdb'd under an English locale), where a b-tree of plain text serves no LIKE prefix.
 */
export type Collation = 'C' | 'en-US';

export interface PostgisCluster extends ThrowawayPostgres {
	/** a new database from a template that already has PostGIS (CREATE EXTENSION takes seconds; an 'en-US' database makes its own) */
	database(name?: string, collation?: Collation): Promise<string>;
}

async function runSql(url: string, sql: string): Promise<void> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}

// Where a stopped cluster holding the PostGIS template is kept between spec files and runs (a fresh clone has
// none: node_modules/.cache goes with node_modules). initdb and CREATE EXTENSION postgis take ~4 s of each
// shared-store spec file; copying the folder ~0.5 s. Keyed by the server's and PostGIS's versions.
const PRISTINE_CACHE = join(PACKAGE_ROOT, 'node_modules', '.cache', 'gazette-postgis');

function pristineKey(bin: string): string {
	const version = execFileSync(join(bin, 'pg_config'), ['--version'], { encoding: 'utf8' }).trim();
	const share = execFileSync(join(bin, 'pg_config'), ['--sharedir'], { encoding: 'utf8' }).trim();
	const postgis = /default_version\s*=\s*'([^']+)'/.exec(readFileSync(join(share, 'extension', 'postgis.control'), 'utf8'))?.[1] ?? 'unknown';
	return `${version}-postgis-${postgis}`.replace(/[^\w.-]+/g, '_');
}

/** A cluster whose gazette_template database already has PostGIS: a copy of the cached one, made first if missing. */
async function launchPostgisCluster(): Promise<Cluster> {
	const bin = postgresBin();
	if (!bin) throw new Error('PostgreSQL binaries not found');
	const pristine = join(PRISTINE_CACHE, pristineKey(bin));
	if (existsSync(join(pristine, 'PG_VERSION'))) return launchCluster(pristine);
	const cluster = await launchCluster();
	try {
		await runSql(cluster.url, 'CREATE DATABASE gazette_template');
		await runSql(cluster.url.replace(/\/postgres$/, '/gazette_template'), 'CREATE EXTENSION postgis');
	} catch (error) {
		cluster.stop();
		throw error;
	}
	// another spec file may be making it at the same time: each keeps its own under a name of its own, then
	// one rename wins (a folder renamed onto a non-empty one fails) and the others' copies go
	mkdirSync(PRISTINE_CACHE, { recursive: true });
	const mine = `${pristine}.${process.pid}.${Date.now()}`;
	cluster.stopInto(mine);
	try {
		renameSync(mine, pristine);
	} catch {
		rmSync(mine, { recursive: true, force: true });
	}
	return launchCluster(pristine);
}

/** A throwaway cluster with a PostGIS template, for the shared-store tests and benches. */
export async function startPostgis(): Promise<PostgisCluster> {
	const cluster = await launchPostgisCluster();
	const urlOf = (name: string) => cluster.url.replace(/\/postgres$/, `/${name}`);
	let databases = 0;
	return {
		url: cluster.url,
		stop: () => cluster.stop(),
		async database(name = `gazette_${++databases}`, collation: Collation = 'C') {
			if (collation === 'C') {
				await runSql(cluster.url, `CREATE DATABASE ${name} TEMPLATE gazette_template`);
				return urlOf(name);
			}
			await runSql(cluster.url, `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '${collation}'`);
			await runSql(urlOf(name), 'CREATE EXTENSION postgis');
			return urlOf(name);
		}
	};
}

/** A spec file's throwaway PostGIS cluster and temp folder, made before its tests and removed after them. */
export interface PostgisSpec {
	/** why the cluster cannot run here (the spec's describe skips), or null */
	missing: string | null;
	/** the spec's temp folder (set before the first test) */
	readonly root: string;
	/** a new database of the cluster, PostGIS in it */
	database(name?: string, collation?: Collation): Promise<string>;
}

/**
 * The shared-store specs' set-up: where PostgreSQL or PostGIS is missing, a visible skip (a failure in
 * CI, which installs them: .ci/run); else a temp folder named `prefix…` and a cluster started before
 * the file's tests (their own beforeAll runs after, their afterAll before the cluster stops).
 */
export function usePostgisCluster(prefix: string, what: string): PostgisSpec {
	const missing = postgresMissing();
	if (missing && process.env.CI) throw new Error(`${what} cannot run in CI: ${missing}`);
	if (missing) console.warn(`SKIPPED ${what}: ${missing}`);
	let root = '';
	let cluster: PostgisCluster | null = null;
	beforeAll(async () => {
		if (missing) return;
		root = mkdtempSync(join(tmpdir(), prefix));
		cluster = await startPostgis();
	}, 120_000);
	afterAll(() => {
		try {
			cluster?.stop();
		} finally {
			if (root) rmSync(root, { recursive: true, force: true });
		}
	});
	return {
		missing,
		get root() {
			return root;
		},
		database(name, collation) {
			if (!cluster) throw new Error('the PostGIS cluster is not started (usePostgisCluster runs before the tests)');
			return cluster.database(name, collation);
		}
	};
}

/** One statement on its own connection: the rows it returns. */
export async function queryRows(url: string, sql: string): Promise<Record<string, unknown>[]> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		return (await client.query(sql)).rows;
	} finally {
		await client.end();
	}
}
