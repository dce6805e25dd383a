import type { FileResult, FormatContext } from '../types.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatTty } from './tty.js';

export type FormatName = 'tty' | 'json' | 'sarif' | 'checkstyle' | 'github' | 'gitlab';

export const FORMATS: Record<FormatName, (results: readonly FileResult[], ctx: FormatContext) => string> = {
  tty: formatTty,
  json: formatJson,
  sarif: formatSarif,
  checkstyle: formatCheckstyle,
  github: formatGithub,
  gitlab: formatGitlab,
};

export function isFormat(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
