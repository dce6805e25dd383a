/** Helpers shared by the "structure" rules (DOP002…DOP019): stages, their names and references. */
export { copyOperands } from '../../model/operands.js';
export { dependsOn, resolveStage, stageDeps, stageRefs } from '../../model/stage-refs.js';
export type { StageRef } from '../../model/stage-refs.js';
import type { RuleContext } from '../define.js';
import type { InstructionNode } from '../../model/types.js';

/** `upper` for `RUN`, `lower` for `run`, `mixed` for `Run`. */
export function casingOf(word: string): 'upper' | 'lower' | 'mixed' {
  if (word === word.toUpperCase()) return 'upper';
  if (word === word.toLowerCase()) return 'lower';
  return 'mixed';
}

/** One string of a bracketed list written in the arguments: its quote and where it sits. */
export interface QuotedItem {
  quote: '"' | "'";
  /** Offsets of the opening and closing quote characters. */
  open: number;
  close: number;
  content: string;
}

/**
 * Reads `[ 'a', "b" ]` written with either quote, as people mean exec form, from `text` starting at
 * `offset` (the instruction's arguments). Line continuations count as spaces. Returns the items,
 * or null when the text is not such a list (shell form, or something else after the `]`).
 */
export function quotedList(text: string, offset: number, escapeChar: string): QuotedItem[] | null {
  let i = 0;
  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') i++;
      else if (c === escapeChar && /^\r?\n/.test(text.slice(i + 1, i + 3))) i++;
      else return;
    }
  };
  skip();
  if (text[i] !== '[') return null;
  i++;
  const items: QuotedItem[] = [];
  for (;;) {
    skip();
    const q = text[i];
    if (q !== '"' && q !== "'") return null;
    const open = i++;
    while (i < text.length && text[i] !== q) i += text[i] === '\\' && q === '"' ? 2 : 1;
    if (i >= text.length) return null;
    items.push({ quote: q, open: offset + open, close: offset + i, content: text.slice(open + 1, i) });
    i++;
    skip();
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] !== ']') return null;
    i++;
    skip();
    return i >= text.length ? items : null;
  }
}

/** Words BuildKit refuses as stage names: `scratch` is the empty image, `context` the build context. */
export const RESERVED_STAGE_NAMES: ReadonlySet<string> = new Set(['scratch', 'context']);

/**
 * Official images often copied from by bare name (`COPY --from=busybox`): a bare word among these
 * is an image on purpose, not a misspelt stage.
 */
export const KNOWN_IMAGE_NAMES: ReadonlySet<string> = new Set([
  'alpine',
  'almalinux',
  'amazonlinux',
  'bash',
  'busybox',
  'caddy',
  'centos',
  'composer',
  'debian',
  'docker',
  'eclipse-temurin',
  'fedora',
  'gcc',
  'golang',
  'gradle',
  'haproxy',
  'hello-world',
  'httpd',
  'maven',
  'mariadb',
  'memcached',
  'mongo',
  'mysql',
  'nginx',
  'node',
  'openjdk',
  'oraclelinux',
  'perl',
  'php',
  'postgres',
  'python',
  'rabbitmq',
  'redis',
  'registry',
  'rockylinux',
  'ruby',
  'rust',
  'tomcat',
  'traefik',
  'ubuntu',
]);

/** Whether a `--from` value reads as an image reference rather than a stage name. */
export function looksLikeImage(value: string): boolean {
  return /[/:@.]/.test(value) || KNOWN_IMAGE_NAMES.has(value.toLowerCase());
}

/**
 * Reports every CMD / ENTRYPOINT / HEALTHCHECK of a stage but the last, which alone takes effect.
 * ONBUILD triggers are counted on their own: they run, in order, in the child build. The fix
 * deletes the earlier instruction; the image config is the same, but the earlier one may have been
 * the one meant, so a person reviews it.
 */
export function reportEarlierRepeats(ctx: RuleContext, keyword: string): void {
  const { model, text } = ctx;
  for (const stage of model.stages) {
    // The instructions themselves, and the ONBUILD triggers, apart (three rules ask of every stage).
    const own: InstructionNode[] = [];
    const triggers: InstructionNode[] = [];
    for (const i of stage.instructions) {
      if (i.keyword === keyword) own.push(i);
      if (i.trigger?.keyword === keyword) triggers.push(i);
    }
    const groups = [own, triggers];
    for (const group of groups) {
      const last = group[group.length - 1];
      if (!last) continue;
      const line = last.startLine + 1;
      for (const ins of group.slice(0, -1)) {
        const start = model.lines.lineStart(ins.startLine);
        const end = Math.min(model.lines.lineStart(ins.endLine + 1), text.length);
        const trig = ins.trigger ? 'ONBUILD ' : '';
        ctx.report({
          span: ins.span,
          message: {
            en: `This ${trig}${keyword} never takes effect: the ${trig}${keyword} on line ${line} replaces it (only the last one in a stage counts).`,
            ko: `이 ${trig}${keyword}은(는) 적용되지 않습니다. ${line}행의 ${trig}${keyword}이(가) 이를 대체합니다(스테이지마다 마지막 하나만 유효합니다).`,
          },
          related: [last.span],
          fix: {
            title: { en: `Remove this ${trig}${keyword}`, ko: `이 ${trig}${keyword} 삭제` },
            safety: 'review',
            edits: [{ start, end: Math.max(end, ins.span.end), text: '' }],
          },
        });
      }
    }
  }
}
