import type { InstructionNode } from '../model/types.js';
import { defineRule } from './define.js';

/** hadolint's limit: RUNs with more commands than this were deliberately kept apart. */
const MAX_COMMANDS = 2;

/**
 * Commands a RUN runs at its top level: those of its script, a here-document script or an exec-form
 * `sh -c` (one level down), not those inside `$(…)` or subshells. Exec form without a shell is one.
 */
function commandCount(ins: InstructionNode): number {
  const top = (ins.shell?.commands ?? []).filter(
    (c) => c.depth === 0 || (c.depth === 1 && (c.context === 'heredoc' || c.context === 'sh-c')),
  ).length;
  return ins.json && top === 0 ? 1 : top;
}

function flagKey(ins: InstructionNode): string {
  return ins.flags
    .map((f) => `${f.name.toLowerCase()}=${f.value ?? ''}`)
    .sort()
    .join(' ');
}

export const rule = defineRule({
  meta: {
    id: 'DOP099',
    slug: 'consecutive-run',
    title: { en: 'Consecutive short RUN instructions', ko: '연달아 있는 짧은 RUN 명령' },
    severity: 'info',
    practices: ['P25'],
    aka: { hadolint: ['DL3059'] },
    fixable: 'none',
    explanation: {
      en: 'Two RUNs in a row with the same flags and only a command or two each can usually be one RUN joined with &&: one layer and one cache entry instead of two, and files created and removed together never reach a layer. The layer count itself does not slow containers down, so keep RUNs apart when separate caching saves rebuild time.',
      ko: '플래그가 같고 명령이 한두 개뿐인 RUN이 연달아 있으면 대개 &&로 이어 하나로 만들 수 있습니다. 레이어와 캐시 항목이 하나로 줄고, 함께 만들고 지우는 파일은 레이어에 남지 않습니다. 레이어 수 자체는 컨테이너를 느리게 하지 않으니, 따로 캐시하는 편이 다시 빌드할 때 빠르다면 나눠 두세요.',
    },
    examples: {
      bad: 'FROM debian:12-slim\nRUN useradd -r app\nRUN mkdir -p /data\n',
      badLines: [3],
      // Ignored: only this file's own RUNs are offered for joining.
      onbuild: 'ignored',
      good: 'FROM debian:12-slim\nRUN useradd -r app && mkdir -p /data\n',
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      let previous: InstructionNode | null = null;
      // As hadolint: comments do not separate RUNs (they are not instructions); anything else does.
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'RUN') {
          previous = null;
          continue;
        }
        const count = commandCount(ins);
        if (
          previous &&
          flagKey(previous) === flagKey(ins) &&
          count <= MAX_COMMANDS &&
          commandCount(previous) <= MAX_COMMANDS
        ) {
          ctx.report({
            span: ins.keywordSpan,
            message: {
              en: `This RUN directly follows the RUN at line ${previous.startLine + 1} with the same flags; consider joining them with && into one layer.`,
              ko: `이 RUN은 플래그가 같은 ${previous.startLine + 1}행의 RUN 바로 뒤에 있습니다. &&로 이어 한 레이어로 합치는 것을 고려하세요.`,
            },
            related: [previous.span],
          });
        }
        previous = ins;
      }
    }
  },
});
