// A country's name for the places of a run, asked of the gazetteer once per code and kept in `names`
// (the ingest cache saves them, so a later run names its places without opening the gazetteer).

/** Looks names up through `ask` (none: only the names kept) and keeps those it finds in `names`. */
export function keptCountryNames(names: Record<string, string>, ask: ((code: string) => string | null | undefined) | null): (code: string) => string | null {
	return (code) => {
		if (!(code in names) && ask) {
			const name = ask(code);
			if (name) names[code] = name;
		}
		return names[code] ?? null;
	};
}
