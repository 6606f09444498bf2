// The checks every request to the local server passes before any route sees it, in one place so a new
// route gets them for free: the Host header (DNS rebinding), the method, the security headers (CSP
// with the app's script hashes, framing allowed only for /embed), and errors answered without details.
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';

export interface Route {
	/** paths this route answers: exactly `prefix`, or anything under it when it ends with "/" */
	prefix: string;
	/** default GET and HEAD; any other method must come from the server's own origin */
	methods?: readonly string[];
	handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> | void;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD_HOSTS = ['0.0.0.0', '::'];
const SAFE_METHODS = ['GET', 'HEAD'];

/** Routes other sites may put in an iframe: the embed, nothing else (clickjacking). */
const FRAMEABLE = ['/embed', '/embed/', '/embed.html'];

export const isLoopbackHost = (host: string): boolean => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host.toLowerCase()) || /^127\./.test(host);
export const isWildcardHost = (host: string): boolean => WILDCARD_HOSTS.includes(host);

/** How a bound address is written in a Host header: IPv6 literals in brackets. */
function hostName(host: string): string {
	return isIP(host) === 6 ? `[${host.toLowerCase()}]` : host.toLowerCase();
}

/**
 * Which Host headers the server answers: the loopback names and the address it was told to bind, with
 * its port. A page on another site whose name was rebound to 127.0.0.1 sends its own name and is turned
 * away. Bound to every interface, any IP literal and this machine's name are accepted too (an IP literal
 * cannot be rebound).
 */
export function hostChecker(boundHost: string, port: number): (header: string | undefined) => boolean {
	const names = new Set([...LOOPBACK_NAMES, hostName(boundHost)]);
	const wildcard = isWildcardHost(boundHost);
	if (wildcard) names.add(hostname().toLowerCase());
	return (header) => {
		if (!header) return false;
		const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d+))?$/i.exec(header.trim());
		if (!match) return false;
		const name = match[1]!.toLowerCase();
		const headerPort = match[2] === undefined ? 80 : Number(match[2]);
		if (headerPort !== port) return false;
		if (names.has(name)) return true;
		return wildcard && isIP(name.replace(/^\[|\]$/g, '')) !== 0;
	};
}

/** The Content-Security-Policy a page carries in its <meta http-equiv>, as directive → sources. */
function metaPolicy(html: string): Map<string, string[]> | null {
	let content: string | null = null;
	const parser = new Parser({
		onopentag(name, attributes) {
			if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy' && content === null) content = attributes.content ?? '';
		}
	});
	parser.end(html);
	if (content === null) return null;
	const policy = new Map<string, string[]>();
	for (const directive of (content as string).split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

const FALLBACK_POLICY: [string, string[]][] = [
	['default-src', ["'self'"]],
	['script-src', ["'self'"]],
	['style-src', ["'self'", "'unsafe-inline'"]],
	['img-src', ["'self'", 'data:', 'blob:']],
	['font-src', ["'self'", 'data:']],
	['worker-src', ["'self'", 'blob:']],
	['connect-src', ["'self'"]],
	['object-src', ["'none'"]],
	['base-uri', ["'self'"]]
];

/**
 * The policy the server sends: the union of what the app's pages declare in their <meta> (SvelteKit
 * writes the hashes of its inline bootstrap there, see kit.csp in svelte.config.js), so header and
 * page agree; the browser enforces both. Without built pages, a policy with no inline script at all.
 */
export function appPolicy(appDir: string): string {
	const merged = new Map<string, string[]>();
	let pages: string[] = [];
	try {
		pages = readdirSync(appDir).filter((name) => name.endsWith('.html')).sort();
	} catch {
		// no app folder: the fallback below
	}
	for (const page of pages) {
		const policy = metaPolicy(readFileSync(join(appDir, page), 'utf8'));
		if (!policy) continue;
		for (const [name, sources] of policy) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
	}
	const directives = merged.size > 0 ? [...merged] : FALLBACK_POLICY;
	// a page without its hash in the header would not start; 'unsafe-inline' is never let through
	return directives.map(([name, sources]) => [name, ...sources.filter((s) => s !== "'unsafe-inline'" || name.startsWith('style-src'))].join(' ')).join('; ');
}

export interface GuardOptions {
	boundHost: string;
	port: number;
	policy: string;
	/** told about a failed request; the response itself only says "internal error" */
	onError?: (error: unknown, req: IncomingMessage) => void;
}

function routeFor(routes: readonly Route[], pathname: string): Route | undefined {
	return routes.find((route) => (route.prefix.endsWith('/') ? pathname.startsWith(route.prefix) : pathname === route.prefix));
}

/** One request handler for all routes, each behind the same checks. */
export function guardedHandler(routes: readonly Route[], options: GuardOptions): (req: IncomingMessage, res: ServerResponse) => void {
	const hostAllowed = hostChecker(options.boundHost, options.port);
	return (req, res) => {
		const host = req.headers.host;
		if (!hostAllowed(host)) {
			res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('misdirected request: unknown host name\n');
			return;
		}
		const pathname = (req.url ?? '/').split('?')[0]!;
		const frameAncestors = FRAMEABLE.includes(pathname) ? '*' : "'self'";
		res.setHeader('Content-Security-Policy', `${options.policy}; frame-ancestors ${frameAncestors}`);
		if (frameAncestors !== '*') res.setHeader('X-Frame-Options', 'SAMEORIGIN');
		res.setHeader('X-Content-Type-Options', 'nosniff');
		res.setHeader('Referrer-Policy', 'no-referrer');
		res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');

		const route = routeFor(routes, pathname);
		if (!route) {
			res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
			return;
		}
		const methods = route.methods ?? SAFE_METHODS;
		const method = req.method ?? 'GET';
		if (!methods.includes(method)) {
			res.writeHead(405, { Allow: methods.join(', ') }).end();
			return;
		}
		// a state-changing request must come from a page of this server (no cross-site forms or fetches)
		if (!SAFE_METHODS.includes(method) && String(req.headers.origin).toLowerCase() !== `http://${host!.trim().toLowerCase()}`) {
			res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('forbidden: cross-origin request');
			return;
		}
		const fail = (error: unknown) => {
			options.onError?.(error, req);
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end('internal error');
		};
		try {
			const done = route.handle(req, res, pathname);
			if (done) done.catch(fail);
		} catch (error) {
			fail(error);
		}
	};
}
