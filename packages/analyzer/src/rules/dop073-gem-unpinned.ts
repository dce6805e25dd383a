import { hasOption } from '../shell/command.js';
import { defineRule } from './define.js';
import { installsOf, list, said, unpinned } from './support/packages.js';

export const rule = defineRule({
  meta: {
    id: 'DOP073',
    slug: 'gem-unpinned',
    title: { en: 'gem install without versions', ko: '버전 없는 gem install' },
    severity: 'info',
    practices: ['P08'],
    aka: { hadolint: ['DL3028'] },
    fixable: 'none',
    explanation: {
      en: '`gem install bundler` installs the newest release that day. Give a version (`gem install bundler -v 2.5.22` or `bundler:2.5.22`), or let Bundler install from Gemfile.lock.',
      ko: '`gem install bundler`는 그날의 최신 릴리스를 설치합니다. 버전을 적거나(`gem install bundler -v 2.5.22` 또는 `bundler:2.5.22`) Gemfile.lock으로 Bundler가 설치하게 하세요.',
    },
    examples: {
      bad: 'FROM ruby:3.3-slim\nRUN gem install bundler\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM ruby:3.3-slim\nRUN gem install bundler -v 2.5.22\n',
    },
  },
  check(ctx) {
    for (const { call } of installsOf(ctx.model, ['gem'])) {
      if (hasOption(call.cmd, ['-v', '--version'])) continue;
      const names = unpinned(call);
      if (names.length > 0)
        ctx.report({
          span: call.cmd.span,
          message: {
            en: `\`${said(call)}\` of ${list(names)} without a version.`,
            ko: `\`${said(call)}\`: ${list(names)}에 버전이 없습니다.`,
          },
        });
    }
  },
});
