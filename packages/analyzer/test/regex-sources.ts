/**
 * Every regular expression literal in the shipped sources (the packages and the app, tests
 * excluded), found with the TypeScript parser so strings and comments that look like regexes are
 * not mistaken for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE_DIRS = [
  'packages/analyzer/src',
  'packages/rewriter/src',
  'packages/cli/src',
  'packages/share/src',
  'app/src',
];

export interface RegexSite {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'testing') yield* sourceFiles(full);
    } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) {
      yield full;
    }
  }
}

export function regexSites(): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(path.join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(
        file,
        text,
        ts.ScriptTarget.Latest,
        true,
        file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      );
      const visit = (node: ts.Node) => {
        if (ts.isRegularExpressionLiteral(node)) {
          const lit = node.text;
          const slash = lit.lastIndexOf('/');
          sites.push({
            file: path.relative(ROOT, file),
            line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            source: lit.slice(1, slash),
            flags: lit.slice(slash + 1),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return sites;
}
