import { describe, expect, it } from 'vitest';
import { rewrite } from '../packages/rewriter/src/index.js';
import { reinstallReason } from './reinstalls.js';

const reason = (text: string) => {
  const r = rewrite(text);
  return reinstallReason(r.output, r.layers.after)?.reason ?? null;
};

describe('why a rewrite still re-runs a dependency install on a source edit', () => {
  it('names the author’s own fetch before the source (a placeholder cargo build)', () => {
    const text = [
      'FROM rust:1.80 AS builder',
      'RUN USER=root cargo new --bin app',
      'WORKDIR /app',
      'COPY Cargo.toml Cargo.lock ./',
      'RUN cargo build --release',
      'RUN rm src/*.rs',
      'COPY . ./',
      'RUN cargo build --release',
      '',
    ].join('\n');
    expect(reason(text)).toBe('fetched-before');
  });

  it('names a build whose download goes to a cache mount', () => {
    const text = [
      'FROM rust:1.64 AS build',
      'COPY Cargo.toml .',
      'COPY src ./src',
      'RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build --release',
      '',
    ].join('\n');
    expect(reason(text)).toBe('cache-mounted');
  });

  it('names a build in a sub-folder of the copied context', () => {
    const text = [
      'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build',
      'WORKDIR /app',
      'COPY . .',
      'WORKDIR /app/src/Web',
      'RUN dotnet restore',
      'RUN dotnet publish -c Release -o out',
      '',
    ].join('\n');
    expect(reason(text)).toBe('sub-project');
  });

  it('names the project install left after its dependencies (uv split by the rewrite)', () => {
    const text =
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\nRUN uv sync --locked\nCMD ["uv", "run", "app.py"]\n';
    expect(rewrite(text).output).toContain('uv sync --locked --no-install-project');
    expect(reason(text)).toBe('project-after-dependencies');
  });

  it('names a project with no manifest to fetch from', () => {
    const text =
      'FROM golang:1.17 AS build\nWORKDIR /go/src/app\nCOPY *.go .\nRUN go mod init dispatch && go get\nRUN go install\n';
    expect(reason(text)).toBe('installs-project');
  });

  it('finds none once the rewrite has put the install before the source', () => {
    expect(
      reason('FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "index.js"]\n'),
    ).toBeNull();
  });
});
