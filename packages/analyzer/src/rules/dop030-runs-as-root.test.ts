import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop030-runs-as-root.js';

describe('DOP030 runs-as-root', () => {
  it('fires when the final stage sets no USER', () => {
    const f = lint(rule, 'FROM python:3.12\nCMD ["python"]');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('python:3.12');
    expect(f[0]!.span).toEqual({ start: 0, end: 16 });
  });

  it('fires when the last USER is root or uid 0', () => {
    for (const u of ['root', '0', '0:0', 'root:root', '${U}']) {
      const text = `FROM debian:12\nARG U=root\nUSER app\nUSER ${u}\nCMD ["bash"]`;
      expect(lint(rule, text), u).toHaveLength(1);
    }
  });

  it('fires on scratch without USER (the process is uid 0)', () => {
    expect(lint(rule, 'FROM scratch\nCOPY app /app\nENTRYPOINT ["/app"]')).toHaveLength(1);
  });

  it('follows the final stage to the stage it builds on', () => {
    expect(lint(rule, 'FROM node:20 AS base\nUSER node\nFROM base\nCMD ["node"]')).toEqual([]);
    expect(lint(rule, 'FROM node:20 AS base\nUSER node\nFROM base\nUSER root\nCMD ["node"]')).toHaveLength(1);
    expect(lint(rule, 'FROM node:20 AS base\nFROM base\nCMD ["node"]')).toHaveLength(1);
  });

  it('only looks at the final stage', () => {
    expect(lint(rule, 'FROM golang:1.22 AS build\nRUN go build\nFROM alpine:3.20\nUSER 10001\n')).toEqual([]);
  });

  it('does not fire when a non-root USER is last', () => {
    expect(lint(rule, 'FROM debian:12\nUSER root\nRUN apt-get update\nUSER 10001:10001')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nUSER app')).toEqual([]);
    // A USER whose variable cannot be resolved is not judged.
    expect(lint(rule, 'FROM debian:12\nARG UID\nUSER $UID')).toEqual([]);
    // USER given through an ARG that resolves to a non-root uid.
    expect(lint(rule, 'ARG UID=10001\nFROM debian:12\nARG UID\nUSER ${UID}')).toEqual([]);
  });

  it('does not fire on bases that already run as non-root', () => {
    for (const img of [
      'gcr.io/distroless/static-debian12:nonroot',
      'cgr.dev/chainguard/python:latest',
      'nginxinc/nginx-unprivileged:1.27',
      'bitnami/node:20',
    ]) {
      expect(lint(rule, `FROM ${img}\nCOPY app /app`), img).toEqual([]);
    }
    expect(lint(rule, 'ARG TAG=nonroot\nFROM gcr.io/distroless/base-debian12:${TAG}\nCOPY app /app')).toEqual(
      [],
    );
    expect(lint(rule, 'FROM cgr.dev/chainguard/python:latest-dev\nCOPY app /app')).toHaveLength(1);
  });

  it('skips unknown bases, Windows images and ONBUILD USER', () => {
    expect(lint(rule, 'ARG BASE\nFROM ${BASE}\nCOPY app /app')).toEqual([]);
    expect(lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir')).toEqual([]);
    // ONBUILD USER applies to images built FROM this one, not to this one.
    expect(lint(rule, 'FROM debian:12\nUSER app\nONBUILD USER root')).toEqual([]);
    expect(lint(rule, '')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nUSER')).toEqual([]);
  });

  it('is silenced by hadolint and Trivy ids', () => {
    expect(lint(rule, 'FROM debian:12\n# hadolint ignore=DL3002\nUSER root')).toEqual([]);
    expect(lint(rule, '# dop ignore=DS-0002\nFROM debian:12\nCMD ["bash"]')).toEqual([]);
    expect(lint(rule, 'FROM debian:12\nCMD ["bash"]', { disabledRules: ['DS-0002'] })).toEqual([]);
  });
});
