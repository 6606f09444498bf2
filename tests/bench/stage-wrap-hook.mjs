// A module hook for stage-actions.ts only (never the product): after tsx has compiled a geoparse module, every
// function it declares and exports is rebound, at the module's end, to a wrapper that tallies what the
// function's calls did (stage-tally.ts). A function declaration's binding is the module's own and may be
// reassigned; the module's importers see the wrapper through the live export. Exported constants (arrow
// functions) and classes are left as they are.
const TALLY = new URL('./stage-tally.ts', import.meta.url).href;
const GEOPARSE = '/src/lib/geoparse/';

export async function load(url, context, nextLoad) {
	const result = await nextLoad(url, context);
	if (!url.includes(GEOPARSE) || !url.endsWith('.ts') || url.endsWith('.spec.ts') || result.format !== 'module') return result;
	const source = String(result.source);
	const exported = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((clause) => clause[1].split(',').map((item) => item.trim().split(/\s+as\s+/)[0]));
	const declared = exported.filter((name) => name && new RegExp(`(?:^|[;}\\s])function\\s*${name}\\s*\\(`).test(source));
	if (declared.length === 0) return result;
	const file = url.slice(url.indexOf(GEOPARSE) + GEOPARSE.length);
	const rebind = declared.map((name) => `${name}=__stageWrap(${JSON.stringify(file)},${JSON.stringify(name)},${name});`).join('');
	return { ...result, source: `${source}\nimport{wrap as __stageWrap}from${JSON.stringify(TALLY)};${rebind}\n` };
}
