import { defineRule, instructionsOf } from './define.js';
import { secretWord } from './support/secrets.js';

export const rule = defineRule({
  meta: {
    id: 'DOP130',
    slug: 'secrets-in-arg-env',
    title: { en: 'Secret-looking name in ARG or ENV', ko: 'ARG/ENV에 비밀값으로 보이는 이름' },
    severity: 'warning',
    practices: ['P10', 'P31'],
    aka: { hadolint: ['DL3064'], buildkit: ['SecretsUsedInArgOrEnv'], trivy: ['DS-0031'] },
    fixable: 'none',
    explanation: {
      en: 'ENV values are stored in the image config and ARG values in its build history, so anyone who can pull the image can read them with `docker inspect` or `docker history`. Pass build-time secrets with `RUN --mount=type=secret,id=…` (and `docker build --secret`), and give runtime secrets to the container when it starts.',
      ko: 'ENV 값은 이미지 설정에, ARG 값은 빌드 기록에 남아 이미지를 받을 수 있는 누구나 `docker inspect`나 `docker history`로 읽을 수 있습니다. 빌드 때 필요한 비밀값은 `RUN --mount=type=secret,id=…`(와 `docker build --secret`)로 넘기고, 실행 때 필요한 비밀값은 컨테이너를 시작할 때 주입하세요.',
    },
    examples: {
      bad: 'FROM node:20-slim\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM node:20-slim\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'ARG', 'ENV')) {
      for (const p of ins.properties) {
        const word = secretWord(p.name);
        if (!word) continue;
        ctx.report({
          span: p.span,
          message: {
            en: `${ins.keyword} \`${p.name}\` looks like a secret ("${word}"); its value stays readable in the image. Use a secret mount instead.`,
            ko: `${ins.keyword} \`${p.name}\`은(는) 비밀값으로 보입니다("${word}"). 값이 이미지에 읽을 수 있게 남으니 secret 마운트를 쓰세요.`,
          },
        });
      }
    }
  },
});
