// Stand-in for SvelteKit's $app/paths in the snapshot bundle (one page, no router).
export function resolve(path: string): string {
	return path;
}
