import type { FormatContext, FormatWriter } from '../types.js';
import { checkstyleWriter } from './checkstyle.js';
import { githubWriter } from './github.js';
import { gitlabWriter } from './gitlab.js';
import { jsonWriter } from './json.js';
import { sarifWriter } from './sarif.js';
import { ttyWriter } from './tty.js';

export type FormatName = 'tty' | 'json' | 'sarif' | 'checkstyle' | 'github' | 'gitlab';

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
  return Object.hasOwn(FORMAT_WRITERS, name);
}
