import type { Localized } from '../types.js';
import { both, defineRule, instructionsOf } from './define.js';
import { hasExpansion } from './support/metadata.js';

/** Namespaces Docker keeps for its own use. */
const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Docker's key convention, one problem per entry, the first that applies is reported. */
const PROBLEMS: { test: (key: string) => boolean; says: (key: string) => Localized }[] = [
  {
    test: (k) => RESERVED.some((ns) => k.toLowerCase().startsWith(ns)),
    says: (k) =>
      both(
        `Label \`${k}\` uses a namespace Docker reserves for itself (com.docker.*, io.docker.*, org.dockerproject.*).`,
        `레이블 \`${k}\`은(는) Docker가 자체용으로 예약한 네임스페이스(com.docker.*, io.docker.*, org.dockerproject.*)를 씁니다.`,
      ),
  },
  {
    test: (k) => /[^a-z0-9.-]/.test(k),
    says: (k) =>
      both(
        `Label key \`${k}\` should contain only lower-case letters, digits, \`.\` and \`-\`.`,
        `레이블 키 \`${k}\`에는 소문자, 숫자, \`.\`, \`-\`만 쓰세요.`,
      ),
  },
  {
    test: (k) => !/^[a-z]/.test(k) || !/[a-z0-9]$/.test(k),
    says: (k) =>
      both(
        `Label key \`${k}\` should start with a lower-case letter and end with a letter or digit.`,
        `레이블 키 \`${k}\`은(는) 소문자로 시작하고 문자나 숫자로 끝나야 합니다.`,
      ),
  },
  {
    test: (k) => /[.-]{2}/.test(k),
    says: (k) =>
      both(
        `Label key \`${k}\` has consecutive separators (\`..\`, \`--\`, \`.-\`).`,
        `레이블 키 \`${k}\`에 구분자가 연달아 있습니다(\`..\`, \`--\`, \`.-\`).`,
      ),
  },
];

export const rule = defineRule({
  meta: {
    id: 'DOP111',
    slug: 'invalid-label-key',
    title: { en: 'Label key does not follow the convention', ko: '규칙에 맞지 않는 레이블 키' },
    severity: 'style',
    practices: ['P29'],
    aka: { hadolint: ['DL3048'] },
    fixable: 'none',
    explanation: {
      en: 'Tools that read labels expect reverse-DNS keys in lower case (`org.opencontainers.image.source`, `com.example.team`), and com.docker.*, io.docker.* and org.dockerproject.* are reserved for Docker. Use lower-case letters, digits, `.` and `-`, prefixed with a domain you own.',
      ko: '레이블을 읽는 도구는 `org.opencontainers.image.source`, `com.example.team`처럼 소문자 역도메인 형식의 키를 기대하며, com.docker.*, io.docker.*, org.dockerproject.*는 Docker 전용입니다. 소유한 도메인을 앞에 붙이고 소문자, 숫자, `.`, `-`만 쓰세요.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nLABEL com.docker.version=1 Build_Date=2024\n',
      badLines: [2, 2],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.0.0 com.example.build-date=2024\n',
    },
  },
  check(ctx) {
    for (const ins of instructionsOf(ctx.model, 'LABEL')) {
      for (const p of ins.properties) {
        // A key built from a variable is only known at build time.
        if (p.name === '' || hasExpansion(p.name)) continue;
        const problem = PROBLEMS.find((x) => x.test(p.name));
        if (problem) ctx.report({ span: p.nameSpan, message: problem.says(p.name) });
      }
    }
  },
});
