// What every statement of the shared store goes through: PostgreSQL text holds no NUL, so each string
// parameter (and each string in an array parameter) has it replaced, and a transaction is one helper.
import type pg from 'pg';

/** The replacement keeps every offset into the text where it was (one UTF-16 unit for one). */
export function noNul(text: string): string {
	return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}

function safeValue(value: unknown): unknown {
	if (typeof value === 'string') return noNul(value);
	if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && v.includes('\u0000')) ? value.map(safeValue) : value;
	return value;
}

/** The parameters with every string made safe for a text column (untouched when none holds a NUL). */
export function safeParams(params: readonly unknown[]): unknown[] {
	return params.map(safeValue);
}

/** One statement with safe parameters, on the pool or a transaction's client. */
export function run<R extends pg.QueryResultRow = pg.QueryResultRow>(on: pg.Pool | pg.PoolClient, sql: string, params: readonly unknown[] = []): Promise<pg.QueryResult<R>> {
	return on.query<R>(sql, safeParams(params));
}

/** `work` inside BEGIN … COMMIT on a client of its own; rolled back when it throws. `begin`: another
 * isolation level or access mode. */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
	const client = await pool.connect();
	try {
		await client.query(begin);
		const result = await work(client);
		await client.query('COMMIT');
		return result;
	} catch (error) {
		await client.query('ROLLBACK').catch(() => {});
		throw error;
	} finally {
		client.release();
	}
}
