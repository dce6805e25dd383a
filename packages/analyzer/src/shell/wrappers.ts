import type { Word } from './types.js';

/**
 * Programs that run another program given in their arguments. For each: options that take a
 * value (so the value is not mistaken for the program), and how many leading positional
 * arguments belong to the wrapper itself.
 */
interface WrapperSpec {
  valueOptions: string[];
  positionals: number;
  /** `env` also takes NAME=value words before the program. */
  assignments?: boolean;
}

const WRAPPER_SPECS: Record<string, WrapperSpec> = {
  sudo: {
    valueOptions: ['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '--user', '--group'],
    positionals: 0,
  },
  doas: { valueOptions: ['-u', '-C'], positionals: 0 },
  env: { valueOptions: ['-u', '--unset', '-C', '--chdir', '-S'], positionals: 0, assignments: true },
  nice: { valueOptions: ['-n', '--adjustment'], positionals: 0 },
  ionice: { valueOptions: ['-c', '-n', '-p'], positionals: 0 },
  nohup: { valueOptions: [], positionals: 0 },
  time: { valueOptions: ['-f', '-o'], positionals: 0 },
  timeout: { valueOptions: ['-s', '--signal', '-k', '--kill-after'], positionals: 1 },
  stdbuf: { valueOptions: ['-i', '-o', '-e'], positionals: 0 },
  exec: { valueOptions: ['-a'], positionals: 0 },
  command: { valueOptions: [], positionals: 0 },
  builtin: { valueOptions: [], positionals: 0 },
  gosu: { valueOptions: [], positionals: 1 },
  'su-exec': { valueOptions: [], positionals: 1 },
  chroot: { valueOptions: ['--userspec', '--groups'], positionals: 1 },
  tini: { valueOptions: ['-p', '-e'], positionals: 0 },
  // `… | xargs -r apt-get install -y`: the program runs with the words it reads appended.
  xargs: {
    valueOptions: [
      '-a',
      '--arg-file',
      '-d',
      '--delimiter',
      '-E',
      '-I',
      '-L',
      '-n',
      '--max-args',
      '-P',
      '--max-procs',
      '-s',
      '--max-chars',
    ],
    positionals: 0,
  },
};

/** A map, not the record: a program named `constructor` or `toString` is no wrapper. */
const WRAPPERS = new Map(Object.entries(WRAPPER_SPECS));

export const WRAPPER_NAMES = Object.keys(WRAPPER_SPECS);

export interface Unwrapped {
  programIndex: number;
  wrappers: readonly string[];
  assignments: readonly Word[];
}

/** The empty lists of a command without wrappers, shared (the lists are read-only). */
export const NO_NAMES: readonly string[] = Object.freeze([]);
export const NO_WORDS: readonly Word[] = Object.freeze([]);
/** Most commands run their first word: the same answer for all. */
const UNWRAPPED: Unwrapped = Object.freeze({ programIndex: 0, wrappers: NO_NAMES, assignments: NO_WORDS });

function base(v: string): string {
  const i = v.lastIndexOf('/');
  return i >= 0 ? v.slice(i + 1) : v;
}

/** Finds the program that really runs: `sudo -E env X=1 apt-get install` → `apt-get`. */
export function unwrapProgram(argv: readonly Word[]): Unwrapped {
  if (argv.length === 0 || !WRAPPERS.has(base(argv[0]!.value))) return UNWRAPPED;
  const wrappers: string[] = [];
  const assignments: Word[] = [];
  let i = 0;
  while (i < argv.length) {
    const name = base(argv[i]!.value);
    const spec = WRAPPERS.get(name);
    // `command -v x` asks a question; it does not run x.
    if (!spec || (name === 'command' && /^-[vV]$/.test(argv[i + 1]?.value ?? ''))) break;
    let j = i + 1;
    while (j < argv.length) {
      const v = argv[j]!.value;
      if (v === '--') {
        j++;
        break;
      }
      if (spec.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
        assignments.push(argv[j]!);
        j++;
        continue;
      }
      if (v.startsWith('-') && v.length > 1) {
        j += spec.valueOptions.includes(v) ? 2 : 1;
        continue;
      }
      break;
    }
    j += spec.positionals;
    if (j >= argv.length) break;
    wrappers.push(name);
    i = j;
  }
  return {
    programIndex: Math.min(i, Math.max(argv.length - 1, 0)),
    wrappers: wrappers.length > 0 ? wrappers : NO_NAMES,
    assignments: assignments.length > 0 ? assignments : NO_WORDS,
  };
}
