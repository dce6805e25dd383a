/** The external images a Dockerfile builds on (FROM lines that name neither a stage nor scratch). */

export function baseImages(dockerfile: string): string[] {
  const text = dockerfile.replace(/\\\r?\n/g, ' ');
  const args = new Map<string, string>();
  const stages = new Set<string>();
  const out: string[] = [];
  let seenFrom = false;
  for (const line of text.split(/\r?\n/)) {
    const arg = /^\s*ARG\s+([A-Za-z_][A-Za-z0-9_]*)(?:=("?)([^"\s]*)\2)?/i.exec(line);
    if (arg && !seenFrom && arg[3] !== undefined) args.set(arg[1]!, arg[3]);
    const from = /^\s*FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!from) continue;
    seenFrom = true;
    const ref = from[1]!.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, n: string) => args.get(n) ?? '');
    if (ref.toLowerCase() !== 'scratch' && !stages.has(ref.toLowerCase()) && !out.includes(ref))
      out.push(ref);
    if (from[2]) stages.add(from[2].toLowerCase());
  }
  return out;
}
