import { defineRule } from './define.js';
import { callsOf, list, unpinned } from './support/packages.js';

export const rule = defineRule({
  meta: {
    id: 'DOP074',
    slug: 'go-install-unpinned',
    title: { en: 'go install without a version', ko: '버전 없는 go install' },
    severity: 'info',
    practices: ['P08'],
    aka: { hadolint: ['DL3062'] },
    fixable: 'none',
    explanation: {
      en: '`go install example.com/tool@latest` (or with no version inside a module) builds whatever is newest that day, and so do `go get example.com/lib` and `go run example.com/gen@latest`. Name a version or commit (`@v1.2.3`), so rebuilds get the same tool; the module proxy keeps every published version. Paths without a dot in their first element (`app/server`) are packages of the GOPATH or the module itself and are not reported.',
      ko: '`go install example.com/tool@latest`(또는 모듈 안에서 버전 없이)는 그날의 최신 코드를 빌드하며, `go get example.com/lib`과 `go run example.com/gen@latest`도 마찬가지입니다. 버전이나 커밋(`@v1.2.3`)을 적어 재빌드가 같은 도구를 받게 하세요. 모듈 프록시는 공개된 모든 버전을 보관합니다. 첫 경로 요소에 점이 없는 경로(`app/server`)는 GOPATH나 빌드 중인 모듈의 패키지이므로 지적하지 않습니다.',
    },
    examples: {
      bad: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest\n',
      badLines: [2],
      onbuild: 'same',
      good: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2\n',
    },
  },
  check(ctx) {
    for (const { call } of callsOf(ctx.model, ['go'])) {
      const sub = call.subcommand?.value;
      if (sub !== 'install' && sub !== 'get' && sub !== 'run') continue;
      // `go run pkg` without a version takes the one go.mod names; `go run pkg@latest` does not.
      const loose = unpinned(call).filter((v) => sub !== 'run' || v.includes('@'));
      if (loose.length === 0) continue;
      ctx.report({
        span: call.cmd.span,
        message: {
          en: `\`go ${sub}\` of ${list(loose)} without a fixed version.`,
          ko: `\`go ${sub}\`: ${list(loose)}에 고정된 버전이 없습니다.`,
        },
      });
    }
  },
});
