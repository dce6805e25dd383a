import { defineRule } from './define.js';
import { reportEarlierRepeats } from './support/structure.js';

export const rule = defineRule({
  meta: {
    id: 'DOP019',
    slug: 'multiple-healthcheck',
    title: { en: 'More than one HEALTHCHECK in a stage', ko: '한 스테이지에 HEALTHCHECK가 여러 개' },
    severity: 'warning',
    practices: ['P33'],
    aka: { hadolint: ['DL3012'], buildkit: ['MultipleInstructionsDisallowed'], trivy: ['DS-0023'] },
    fixable: 'review',
    explanation: {
      en: 'An image has one health check: the last HEALTHCHECK of the stage replaces the earlier ones, so their probes never run. Keep the one you mean, with its interval and timeout.',
      ko: '이미지의 헬스 체크는 하나뿐입니다. 스테이지의 마지막 HEALTHCHECK가 앞의 것들을 대체하므로 앞의 검사는 실행되지 않습니다. 의도한 하나만 주기와 제한 시간과 함께 남기세요.',
    },
    examples: {
      bad: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/healthz || exit 1\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/healthz || exit 1\n',
    },
  },
  check(ctx) {
    reportEarlierRepeats(ctx, 'HEALTHCHECK');
  },
});
