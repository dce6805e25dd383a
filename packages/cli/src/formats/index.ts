import type { FileResult, FormatContext, FormatWriter } from '../types.js';
import { checkstyleWriter, formatCheckstyle } from './checkstyle.js';
import { formatGithub, githubWriter } from './github.js';
import { formatGitlab, gitlabWriter } from './gitlab.js';
import { formatJson, jsonWriter } from './json.js';
import { formatSarif, sarifWriter } from './sarif.js';
import { formatTty, ttyWriter } from './tty.js';

export type FormatName = 'tty' | 'json' | 'sarif' | 'checkstyle' | 'github' | 'gitlab';

export const FORMATS: Record<FormatName, (results: readonly FileResult[], ctx: FormatContext) => string> = {
  tty: formatTty,
  json: formatJson,
  sarif: formatSarif,
  checkstyle: formatCheckstyle,
  github: formatGithub,
  gitlab: formatGitlab,
};

/** Each format a file at a time (what `dop lint` uses: a run keeps text, not every file's results). */
export const FORMAT_WRITERS: Record<FormatName, (ctx: FormatContext) => FormatWriter> = {
  tty: ttyWriter,
  json: jsonWriter,
  sarif: sarifWriter,
  checkstyle: checkstyleWriter,
  github: githubWriter,
  gitlab: gitlabWriter,
};

export function isFormat(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
