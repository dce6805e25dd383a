import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop074-go-install-unpinned.js';

describe('DOP074 go-install-unpinned', () => {
  it('fires on @latest and on no version', () => {
    expect(lint(rule, 'FROM golang:1\nRUN go install golang.org/x/tools/gopls@latest')).toHaveLength(1);
    expect(lint(rule, 'FROM golang:1\nRUN go install github.com/a/b/cmd/c')).toHaveLength(1);
  });

  it('does not fire on versions, commits, local packages or go build', () => {
    for (const run of [
      'go install golang.org/x/tools/gopls@v0.16.2',
      'go install github.com/a/b@1a2b3c4d',
      'go install ./cmd/app',
      'go install .',
      'go build ./...',
      'go install github.com/a/b@${VER}',
    ]) {
      expect(lint(rule, `FROM golang:1\nRUN ${run}`), run).toEqual([]);
    }
  });

  it('honours the hadolint id', () => {
    expect(
      lint(rule, 'FROM golang:1\n# hadolint ignore=DL3062\nRUN go install golang.org/x/tools/gopls@latest'),
    ).toEqual([]);
  });
});

describe('DOP074 go get, go run and GOPATH packages', () => {
  it('reads go get like go install, go run only with an explicit non-version, and skips GOPATH paths', () => {
    expect(lint(rule, 'FROM golang:1.23\nRUN go get example.com/lib\n')).toHaveLength(1);
    expect(lint(rule, 'FROM golang:1.23\nRUN go run example.com/gen@latest\n')).toHaveLength(1);
    expect(lint(rule, 'FROM golang:1.23\nRUN go run example.com/gen\n')).toEqual([]);
    expect(lint(rule, 'FROM golang:1.23\nRUN go run ./tools/gen.go\n')).toEqual([]);
    expect(lint(rule, 'FROM golang:1.23\nRUN go install app/server\n')).toEqual([]);
  });
});
