import type { CommentNode, InstructionNode } from '../model/types.js';
import { both, defineRule } from './define.js';

/** Comments that talk to tools, not to readers: never descriptions. */
const TOOL_COMMENT =
  /^(dop|hadolint|check\s*=|syntax\s*=|escape\s*=|trivy:|nosemgrep|checkov:|tflint|dockerfile-utils:)/i;

/** The names a description above this instruction may start with: the stage name or the ARG keys. */
function definedNames(ins: InstructionNode, stageName: string | null): string[] {
  if (ins.keyword === 'ARG') return ins.properties.map((p) => p.name).filter(Boolean);
  if (ins.keyword === 'FROM' && stageName) return [stageName];
  return [];
}

export const rule = defineRule({
  meta: {
    id: 'DOP118',
    slug: 'invalid-definition-description',
    title: {
      en: 'Description comment does not start with the name it describes',
      ko: '설명 주석이 설명하는 이름으로 시작하지 않음',
    },
    severity: 'style',
    practices: ['P29'],
    aka: { buildkit: ['InvalidDefinitionDescription'] },
    fixable: 'none',
    optIn: true,
    explanation: {
      en: 'BuildKit reads the comment right above a named stage or an ARG as its description (shown by `docker buildx build --call=outline`), in the form `# <name> <description>`. Start the comment with the stage or argument name, or put an empty line between a comment that is not a description and the instruction. Off unless enabled, like the experimental BuildKit check.',
      ko: 'BuildKit은 이름 있는 스테이지나 ARG 바로 위의 주석을 그 설명으로 읽으며(`docker buildx build --call=outline`에 표시), 형식은 `# <이름> <설명>`입니다. 주석을 스테이지나 인자 이름으로 시작하거나, 설명이 아닌 주석이라면 명령과의 사이에 빈 줄을 두세요. 실험적 BuildKit 검사처럼 켜야만 동작합니다.',
    },
    examples: {
      bad: '# compiles the application\nFROM golang:1.23 AS build\n# the version to stamp\nARG VERSION=dev\n',
      badLines: [2, 4],
      onbuild: 'same',
      good: '# build compiles the application\nFROM golang:1.23 AS build\n# VERSION is stamped into the binary\nARG VERSION=dev\n',
    },
  },
  check(ctx) {
    const { model } = ctx;
    const byLine = new Map<number, CommentNode>(model.comments.map((c) => [c.line, c]));
    const directiveLines = new Set(model.directives.map((d) => model.lines.lineOf(d.span.start)));
    for (const ins of model.instructions) {
      const stageName = ins.keyword === 'FROM' ? (model.stages[ins.stage]?.name ?? null) : null;
      const names = definedNames(ins, stageName);
      if (names.length === 0) continue;
      // BuildKit looks at the last line of the comment block that touches the instruction.
      const comment = byLine.get(ins.startLine - 1);
      if (!comment || directiveLines.has(comment.line) || TOOL_COMMENT.test(comment.content)) continue;
      const first = comment.content.split(' ')[0] ?? '';
      if (names.includes(first)) continue;
      const example = names.length > 1 ? '<arg_key>' : names[0]!;
      const what = ins.keyword === 'FROM' ? 'stage' : 'ARG';
      ctx.report({
        // On the instruction, as BuildKit does, so a pragma above the comment block reaches it.
        span: ins.span,
        message: both(
          `A comment right above ${what === 'stage' ? `stage \`${example}\`` : 'ARG'} is read as its description; write \`# ${example} <description>\`, or leave an empty line after a comment that is not one.`,
          `${what === 'stage' ? `스테이지 \`${example}\`` : 'ARG'} 바로 위 주석은 그 설명으로 읽힙니다. \`# ${example} <설명>\` 형식으로 쓰거나, 설명이 아니라면 주석 뒤에 빈 줄을 두세요.`,
        ),
      });
    }
  },
});
