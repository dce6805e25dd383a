import { defineRule } from './define.js';

/**
 * Directives that only work in the block at the very top. `check` is left out on purpose: since
 * BuildKit 0.26 (moby/buildkit#6334) a `# check=skip=…` comment above an instruction or a stage
 * skips checks there, so one further down is meaningful, not ignored.
 */
const TOP_ONLY = /^(syntax|escape)\s*=\s*(\S.*)$/i;

/** What the builder does instead, per directive. */
const CONSEQUENCE: Record<string, { en: string; ko: string }> = {
  syntax: {
    en: 'the build uses the builder’s built-in Dockerfile frontend instead of the one named here',
    ko: '여기 적은 프런트엔드 대신 빌더에 내장된 Dockerfile 프런트엔드로 빌드합니다',
  },
  escape: {
    en: 'the file is parsed with `\\` as the escape character',
    ko: '파일이 `\\`을(를) 이스케이프 문자로 하여 해석됩니다',
  },
};

export const rule = defineRule({
  meta: {
    id: 'DOP009',
    slug: 'parser-directive-misplaced',
    title: { en: 'Parser directive that the builder ignores', ko: '빌더가 무시하는 파서 지시어' },
    severity: 'warning',
    practices: ['P32'],
    aka: {},
    fixable: 'none',
    explanation: {
      en: 'Parser directives (`# syntax=`, `# escape=`) are read only in the unbroken block of `# name=value` lines at the very top; after the first blank line, ordinary comment or instruction they are plain comments, and a directive repeated in that block fails the build. Put each directive once, on the first lines of the file.',
      ko: '파서 지시어(`# syntax=`, `# escape=`)는 파일 맨 위에 빈 줄 없이 이어진 `# 이름=값` 줄에서만 읽힙니다. 첫 빈 줄이나 일반 주석, 명령어 뒤에 오면 평범한 주석이 되고, 그 블록 안에서 같은 지시어를 반복하면 빌드가 실패합니다. 각 지시어는 파일 첫 줄들에 한 번만 쓰세요.',
    },
    examples: {
      bad: '# Build the API\n# syntax=docker/dockerfile:1\nFROM alpine:3.20\nRUN <<EOF\necho hello\nEOF\n',
      badLines: [2],
      onbuild: 'same',
      good: '# syntax=docker/dockerfile:1\n# Build the API\nFROM alpine:3.20\nRUN <<EOF\necho hello\nEOF\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const firstComment = model.comments[0]?.span.start ?? Number.POSITIVE_INFINITY;
    const seen = new Set<string>();
    for (const d of model.directives) {
      // An unknown `# key=value` line ends the directive block for BuildKit, though the model keeps
      // reading directives after it; it is among the comments, so anything after it is ignored.
      if (d.span.start > firstComment) {
        report(d.name, d.span, 'after a comment that is not a directive');
        continue;
      }
      if (seen.has(d.name)) {
        ctx.report({
          span: d.span,
          message: {
            en: `\`# ${d.name}=\` is given twice: the builder stops with "only one ${d.name} parser directive can be used". Keep one.`,
            ko: `\`# ${d.name}=\`이(가) 두 번 있습니다. 빌더가 "only one ${d.name} parser directive can be used" 오류로 멈추므로 하나만 남기세요.`,
          },
        });
      }
      seen.add(d.name);
    }
    const firstInstruction = model.instructions[0]?.span.start ?? Number.POSITIVE_INFINITY;
    for (const c of model.comments) {
      const m = TOP_ONLY.exec(c.content.trim());
      if (!m) continue;
      const where =
        c.span.start > firstInstruction ? 'after the first instruction' : 'after a comment or blank line';
      report(m[1]!.toLowerCase(), c.span, where);
    }

    function report(name: string, span: { start: number; end: number }, where: string) {
      const then = CONSEQUENCE[name];
      if (!then) return;
      const whereKo = where.startsWith('after the first')
        ? '첫 명령어 뒤'
        : where.startsWith('after a comment that')
          ? '지시어가 아닌 주석 뒤'
          : '주석이나 빈 줄 뒤';
      ctx.report({
        span,
        message: {
          en: `\`# ${name}=\` is ${where}, so it is only a comment: ${then.en}. Move it to the first line.`,
          ko: `\`# ${name}=\`이(가) ${whereKo}에 있어 평범한 주석이 됩니다. ${then.ko}. 파일 첫 줄로 옮기세요.`,
        },
      });
    }
  },
});
