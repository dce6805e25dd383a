/**
 * Which folder a Node image only serves as static files, and how it is known: the folder a static
 * server's command names (`serve -s build`, as without a context), or, with the build context,
 * the folder the front end's build writes when the command is the tool's preview server
 * (`vite preview`) or a package.json script that runs one (`npm start` → `serve -s dist`). Every
 * folder found through the context says which file told it.
 */
import { type BuildContext, JS_BUNDLERS, type Localized, projectFacts } from '@dop/analyzer';

/**
 * Each static server's options that take a value (`serve -l 3000 build`: the folder is `build`)
 * and the ones that answer unknown paths with index.html, from `serve --help` (serve 14) and
 * http-server's README (its `-s` is --silent; it has no single-page option).
 */
const SERVER_OPTIONS: Record<string, { values: readonly string[]; spa: readonly string[] }> = {
  serve: {
    values: ['-l', '--listen', '-p', '--port', '-c', '--config', '--ssl-cert', '--ssl-key', '--ssl-pass'],
    spa: ['-s', '--single'],
  },
  'http-server': {
    values: [
      '-p',
      '--port',
      '-a',
      '-e',
      '--ext',
      '-c',
      '-P',
      '--proxy',
      '-t',
      '--timeout',
      '-C',
      '--cert',
      '-K',
      '--key',
      '--username',
      '--password',
    ],
    spa: [],
  },
};

/** Static file servers run from npm; a built front end they serve is better served by nginx. */
export const STATIC_SERVERS: ReadonlySet<string> = new Set(Object.keys(SERVER_OPTIONS));

/** The first word of a static server's arguments that is neither an option nor an option's value. */
function servedFolder(program: string, args: readonly string[]): string | undefined {
  const values = SERVER_OPTIONS[program]?.values ?? [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('-')) return a;
    if (values.includes(a)) i++;
  }
  return undefined;
}
const PACKAGE_MANAGERS = new Set(['npm', 'yarn', 'pnpm']);

export interface ServedSite {
  /** The folder, as the command or the project names it (relative to the working directory). */
  dir: string;
  /** The command that answered unknown paths with index.html (a single-page app's routes), if any. */
  spa: string | null;
  /** The file that told the folder, when it came from the context. */
  from?: Localized;
}

/** The script a package-manager command runs (`npm start`, `npm run preview`, `yarn preview`). */
function scriptName(argv: readonly string[]): string | null {
  const [pm, a, b] = argv;
  if (!pm || !PACKAGE_MANAGERS.has(pm)) return null;
  if (a === 'start' && argv.length === 2) return 'start';
  if ((a === 'run' || a === 'run-script') && b && argv.length === 3) return b;
  if (pm !== 'npm' && a && argv.length === 2 && !['install', 'add', 'ci', 'i'].includes(a)) return a;
  return null;
}

/** A script that is one plain command, as words (no `&&`, no variables, no quotes). */
function plainScript(script: string): string[] | null {
  const words = script.trim().split(/\s+/);
  return words.every((w) => /^[\w@./:=,+-]+$/.test(w)) ? words : null;
}

/**
 * The site a command serves: a static server's folder, or with the context the build's output
 * behind a preview server or a script. `'unknown'` for a static server that names no folder (left
 * as it is, as without a context); null when the command is not a static server.
 */
export function servedSite(
  command: readonly string[],
  context: BuildContext | undefined,
): ServedSite | 'unknown' | null {
  let argv = [...command];
  let via: { script: string; file: string } | null = null;
  // `npm run preview -- --host 0.0.0.0`: the words after `--` go to the script's command
  const dashes = argv.indexOf('--');
  const name = scriptName(dashes < 0 ? argv : argv.slice(0, dashes));
  if (name && context) {
    const node = projectFacts(context).node;
    const script = name === 'start' ? node?.start : name === 'preview' ? node?.preview : undefined;
    const words = script ? plainScript(script.value) : null;
    if (!script || !words) return null;
    argv = [...words, ...(dashes < 0 ? [] : argv.slice(dashes + 1))];
    via = { script: name, file: script.file };
  }
  const program = argv[0] === 'npx' ? argv[1] : argv[0];
  const args = argv.slice(argv[0] === 'npx' ? 2 : 1);
  if (program && STATIC_SERVERS.has(program)) {
    const dir = servedFolder(program, args);
    if (!dir || dir.includes('$')) return 'unknown';
    const spa = SERVER_OPTIONS[program]?.spa ?? [];
    return {
      dir,
      spa: ((flag) => (flag ? `${program} ${flag}` : null))(args.find((a) => spa.includes(a))),
      from: via
        ? {
            en: `The folder, ${dir}, is the one the ${via.script} script in ${via.file} serves.`,
            ko: `폴더 ${dir}은(는) ${via.file}의 ${via.script} 스크립트가 제공하는 폴더입니다.`,
          }
        : undefined,
    };
  }
  // a preview server serves the build's output folder, which only the project says
  const tool = JS_BUNDLERS.find((b) => b.preview?.every((w, i) => [program, ...args][i] === w));
  if (!tool || !context) return null;
  const output = projectFacts(context).node?.output;
  if (!output?.value.static || output.value.tool !== tool.tool) return null;
  const { dir, by } = output.value;
  const preview = tool.preview?.join(' ') ?? '';
  return {
    dir,
    // `vite preview` and `astro preview` answer a path they have no file for with index.html
    spa: preview,
    from: {
      en: `The folder, ${dir}, is the one \`${preview}\` served: where ${tool.tool} builds (${by.en}, read from ${output.file}).`,
      ko: `폴더 ${dir}은(는) \`${preview}\`이(가) 제공하던 ${tool.tool}의 빌드 폴더입니다(${output.file}에서 읽은 ${by.ko}).`,
    },
  };
}
