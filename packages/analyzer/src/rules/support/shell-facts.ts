/** Programs that fetch from the network. */
export const DOWNLOADERS = new Set(['curl', 'wget', 'fetch', 'aria2c']);

/** Interpreters that run a script read from stdin or a string. */
export const INTERPRETERS = new Set([
  'sh',
  'bash',
  'dash',
  'ash',
  'zsh',
  'ksh',
  'python',
  'python3',
  'perl',
  'ruby',
  'node',
  'php',
]);

/** Commands that make no sense while building an image (hadolint DL3001's list). */
export const POINTLESS = new Set([
  'ssh',
  'vim',
  'vi',
  'nano',
  'shutdown',
  'service',
  'ps',
  'free',
  'top',
  'htop',
  'kill',
  'mount',
  'ifconfig',
]);

/** Dockerfile instruction keywords: as a RUN command they are a copy-paste slip. */
export { INSTRUCTION_KEYWORDS as KEYWORDS } from '../../knowledge/instructions.js';

/** Archive tools and removal: what finishes a download. */
export const EXTRACTORS = new Set([
  'tar',
  'unzip',
  'gunzip',
  'bunzip2',
  'xz',
  'unxz',
  '7z',
  'rm',
  'dpkg',
  'rpm',
  'sh',
  'bash',
]);

/** Whether a RUN heredoc body runs in a shell: no shebang, or one naming a POSIX-like shell. */
export function shellScript(content: string | undefined): boolean {
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(content ?? '');
  if (!shebang) return true;
  const prog = (shebang[1]!.endsWith('/env') ? (shebang[2] ?? '') : shebang[1]!).split('/').pop()!;
  return /^(sh|bash|dash|ash|zsh|ksh)$/.test(prog);
}
