import type { InstructionNode } from '../model/types.js';
import { allInstructions, defineRule } from './define.js';
import { INSTRUCTION_KEYWORDS as KNOWN_KEYWORDS } from '../knowledge/instructions.js';
import { casingOf } from './support/structure.js';

export const rule = defineRule({
  meta: {
    id: 'DOP004',
    slug: 'instruction-casing',
    title: { en: 'Instruction keywords cased inconsistently', ko: '명령어 대소문자가 일관되지 않음' },
    severity: 'style',
    practices: ['P32'],
    aka: { buildkit: ['ConsistentInstructionCasing'] },
    fixable: 'safe',
    explanation: {
      en: 'Keywords are case-insensitive, so this changes nothing in the build, but a file that mixes `RUN` and `run` is harder to scan and to grep. Write every keyword in the case most of the file already uses (uppercase by convention).',
      ko: '명령어는 대소문자를 구분하지 않으므로 빌드 결과는 같지만, `RUN`과 `run`이 섞인 파일은 훑어보기도 검색하기도 어렵습니다. 파일에서 이미 많이 쓰는 쪽(관례상 대문자)으로 모든 명령어를 통일하세요.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nrun apk add --no-cache curl\nCMD ["curl", "--version"]\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCMD ["curl", "--version"]\n',
    },
  },
  check(ctx) {
    const known: InstructionNode[] = [...allInstructions(ctx.model)].filter((ins) =>
      KNOWN_KEYWORDS.has(ins.keyword),
    );
    let lower = 0;
    let upper = 0;
    for (const ins of known) {
      const c = casingOf(ins.keywordRaw);
      if (c === 'lower') lower++;
      else if (c === 'upper') upper++;
    }
    // As BuildKit: a tie goes to uppercase, and a mixed-case keyword (`Run`) is always reported.
    const target = lower > upper ? 'lower' : 'upper';
    for (const ins of known) {
      if (casingOf(ins.keywordRaw) === target) continue;
      const want = target === 'lower' ? ins.keywordRaw.toLowerCase() : ins.keywordRaw.toUpperCase();
      const en = target === 'lower' ? 'lowercase' : 'uppercase';
      const ko = target === 'lower' ? '소문자' : '대문자';
      ctx.report({
        span: ins.keywordSpan,
        message: {
          en: `\`${ins.keywordRaw}\` should be \`${want}\`: most instructions in this file are ${en}.`,
          ko: `\`${ins.keywordRaw}\`은(는) \`${want}\`(으)로 써야 합니다. 이 파일의 명령어는 대부분 ${ko}입니다.`,
        },
        fix: {
          title: { en: `Write \`${want}\``, ko: `\`${want}\`(으)로 변경` },
          safety: 'safe',
          edits: [{ ...ins.keywordSpan, text: want }],
        },
      });
    }
  },
});
