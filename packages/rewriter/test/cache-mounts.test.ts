/** The cacheMounts option: caches kept in BuildKit cache mounts instead of being cleaned. */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/index.js';
import { checkRewrite } from './invariants.js';

const file = `FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["python", "app.py"]
`;

describe('cache mounts', () => {
  it('are off by default', () => {
    expect(rewrite(file).output).not.toContain('--mount=type=cache');
  });
  it('mount apt and pip caches, drop the cleanup they replace, and keep every invariant', () => {
    const { result, violations } = checkRewrite(file, { cacheMounts: true });
    expect(violations).toEqual([]);
    expect(result.output).toContain(
      'RUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update',
    );
    expect(result.output).not.toContain('rm -rf /var/lib/apt/lists');
    expect(result.output).toContain(
      'RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt',
    );
    expect(result.output).not.toContain('--no-cache-dir');
    expect(result.output.startsWith('# syntax=docker/dockerfile:1')).toBe(true);
  });
  it('mount the Go module and build caches, and add none after USER (another home)', () => {
    const go = rewrite(
      'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\nCMD ["/out/app"]\n',
      {
        cacheMounts: true,
      },
    ).output;
    expect(go).toContain(
      'RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go mod download',
    );
    const user = rewrite('FROM node:20\nUSER node\nWORKDIR /home/node\nCOPY . .\nRUN npm ci\n', {
      cacheMounts: true,
    });
    expect(user.output).not.toContain('--mount=type=cache');
  });
  it('add none where the author mounted that cache already, by `dst` or with a trailing slash', () => {
    const text =
      'FROM python:3.12-slim\nRUN --mount=type=cache,dst=/root/.cache/pip/ pip install -r requirements.txt\n';
    expect(rewrite(text, { cacheMounts: true }).output.match(/--mount/g)).toHaveLength(1);
  });
});
