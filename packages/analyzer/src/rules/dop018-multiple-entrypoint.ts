import { defineRule } from './define.js';
import { reportEarlierRepeats } from './support/structure.js';

export const rule = defineRule({
  meta: {
    id: 'DOP018',
    slug: 'multiple-entrypoint',
    title: { en: 'More than one ENTRYPOINT in a stage', ko: '한 스테이지에 ENTRYPOINT가 여러 개' },
    severity: 'warning',
    practices: ['P03'],
    aka: { hadolint: ['DL4004'], buildkit: ['MultipleInstructionsDisallowed'], trivy: ['DS-0007'] },
    fixable: 'review',
    explanation: {
      en: 'Only the last ENTRYPOINT of a stage decides what the container runs; the earlier ones are silently replaced, so a reader may trust the wrong one. Keep one ENTRYPOINT, and give default arguments with CMD.',
      ko: '컨테이너가 실행할 프로그램은 스테이지의 마지막 ENTRYPOINT 하나가 정합니다. 앞의 ENTRYPOINT는 말없이 대체되므로 읽는 사람이 엉뚱한 것을 믿을 수 있습니다. ENTRYPOINT는 하나만 두고 기본 인자는 CMD로 주세요.',
    },
    examples: {
      bad: 'FROM node:22-slim\nENTRYPOINT ["node"]\nCOPY server.js /app/\nENTRYPOINT ["node", "/app/server.js"]\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM node:22-slim\nCOPY server.js /app/\nENTRYPOINT ["node"]\nCMD ["/app/server.js"]\n',
    },
  },
  check(ctx) {
    reportEarlierRepeats(ctx, 'ENTRYPOINT');
  },
});
