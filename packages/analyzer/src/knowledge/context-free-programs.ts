/**
 * Programs whose files read and written are the ones their arguments name, plus system folders
 * they are known to use: what decides whether a RUN can run before a COPY without reading what the
 * COPY brought (the rewriter moves such RUNs above the source). Anything not listed is assumed to
 * read anything. From each tool's manual (apt-get(8), apk(8), dnf(8), useradd(8), coreutils);
 * reviewed 2026-12-07.
 */
export interface ContextFreeProgram {
  /** Program basenames. */
  names: readonly string[];
  /** Its operands are file paths (`mkdir logs`), resolved from the working directory. */
  operandsArePaths: boolean;
  /** Its first operand is a mode or an owner, not a path (`chmod +x`, `chown app:app`). */
  modeFirst?: boolean;
  /**
   * It reads or writes files of its working directory without naming them: `npm` reads `.npmrc`
   * and `package.json` there, `wget` saves there, `pip install flask` installs a `./flask` folder
   * that holds a project instead of the registry's.
   */
  usesWorkdir: boolean;
  /**
   * What it reads of its working directory is only what its words name (`pip install -r
   * requirements.txt flask` reads ./requirements.txt and a ./flask project folder, nothing else).
   */
  workdirNamed?: boolean;
  /** Folders it reads or writes without naming them (configuration, what it installs). */
  implicit: readonly string[];
  /**
   * The option that makes it change what is inside a folder it names (`chmod -R`): without it, a
   * folder named is changed itself, and the files copied into it are neither read nor changed.
   */
  recursive?: ProgramOption;
  /**
   * The option that makes every operand but the last the text of a symbolic link (`ln -s ../a b`):
   * stored in the link, never read.
   */
  linkText?: ProgramOption;
}

/** An option as a letter (`-R`, also inside `-Rf`) and a long name (`--recursive`). */
export interface ProgramOption {
  short: string;
  long: string;
}

/**
 * The system folders an OS package manager reads its sources from and installs into. Not
 * /usr/local (Debian policy and Alpine's packages leave it to the local administrator) nor
 * /usr/src, where apps are often copied (/usr/src/app).
 */
const SYSTEM = [
  '/etc',
  '/usr/bin',
  '/usr/sbin',
  '/usr/lib',
  '/usr/lib64',
  '/usr/libexec',
  '/usr/share',
  '/usr/include',
  '/var',
  '/lib',
  '/lib64',
  '/bin',
  '/sbin',
  '/opt',
  '/root',
];

export const CONTEXT_FREE_PROGRAMS: readonly ContextFreeProgram[] = [
  {
    names: ['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'tdnf', 'zypper'],
    operandsArePaths: false,
    usesWorkdir: false,
    implicit: SYSTEM,
  },
  {
    names: ['useradd', 'groupadd', 'adduser', 'addgroup', 'usermod', 'groupmod'],
    operandsArePaths: false,
    usesWorkdir: false,
    // the account files, and the new user's home with the skeleton files
    implicit: ['/etc', '/home', '/var'],
  },
  {
    names: ['mkdir', 'rm', 'touch', 'rmdir'],
    operandsArePaths: true,
    usesWorkdir: false,
    implicit: [],
  },
  {
    // they read and write the files they name (cat, tee: with a redirection's target)
    names: ['cp', 'mv', 'cat', 'tee'],
    operandsArePaths: true,
    usesWorkdir: false,
    implicit: [],
  },
  {
    names: ['ln'],
    operandsArePaths: true,
    usesWorkdir: false,
    implicit: [],
    linkText: { short: 's', long: '--symbolic' },
  },
  {
    names: ['chmod', 'chown', 'chgrp'],
    operandsArePaths: true,
    modeFirst: true,
    usesWorkdir: false,
    implicit: [],
    recursive: { short: 'R', long: '--recursive' },
  },
  {
    names: ['update-ca-certificates', 'locale-gen', 'ldconfig', 'update-locale', 'dpkg-reconfigure'],
    operandsArePaths: false,
    usesWorkdir: false,
    implicit: SYSTEM,
  },
  {
    // shell builtins that print, test or set variables: a path they name is checked like any other
    names: ['echo', 'printf', 'true', 'set', 'export'],
    operandsArePaths: false,
    usesWorkdir: false,
    implicit: [],
  },
  // a test's operands may be files (`[ -f app.py ]`): every one is checked as a path
  { names: ['[', 'test'], operandsArePaths: true, usesWorkdir: false, implicit: [] },
  {
    names: ['curl', 'wget'],
    operandsArePaths: false,
    usesWorkdir: true,
    // ~/.curlrc, ~/.wgetrc, /etc/wgetrc, the CA certificates
    implicit: ['/etc', '/root', '/home'],
  },
  {
    names: ['pip', 'pip3'],
    operandsArePaths: false,
    usesWorkdir: true,
    workdirNamed: true,
    // pip.conf (/etc, ~/.config/pip), the interpreter's site-packages
    implicit: [...SYSTEM, '/home'],
  },
];

const BY_NAME = new Map(CONTEXT_FREE_PROGRAMS.flatMap((p) => p.names.map((n) => [n, p] as const)));

/** The table entry for a program basename, or null when the program may read anything. */
export function contextFreeProgram(name: string): ContextFreeProgram | null {
  return BY_NAME.get(name) ?? null;
}
