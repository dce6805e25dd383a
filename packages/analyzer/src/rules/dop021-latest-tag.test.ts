import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop021-latest-tag.js';

describe('DOP021 latest-tag', () => {
  it('fires on :latest, written or from an ARG default', () => {
    expect(lint(rule, 'FROM node:latest\n')).toHaveLength(1);
    expect(lint(rule, 'FROM ghcr.io/org/app:latest AS app\nFROM app\n')).toHaveLength(1);
    expect(lint(rule, 'FROM --platform=$BUILDPLATFORM golang:latest\n')).toHaveLength(1);
    const f = lint(rule, 'ARG TAG=latest\nFROM alpine:${TAG}\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('alpine:latest (alpine:${TAG})');
    expect(f[0]!.message.en).toContain('`alpine:<version>`');
  });

  it('fires on a written :latest when only the registry or path is a variable', () => {
    expect(lint(rule, 'ARG PROJECT_ID\nFROM gcr.io/$PROJECT_ID/builder:latest AS builder\n')).toHaveLength(1);
    expect(lint(rule, 'FROM ${REGISTRY}/app:latest\n')).toHaveLength(1);
  });

  it('does not fire on versions, digests, no tag, stages or unresolved tags', () => {
    expect(lint(rule, 'FROM node:20-slim\n')).toEqual([]);
    expect(lint(rule, `FROM node:latest@sha256:${'b'.repeat(64)}\n`)).toEqual([]);
    expect(lint(rule, 'FROM node\n')).toEqual([]); // DOP020's case
    expect(lint(rule, 'FROM node:20 AS latest\nFROM latest\n')).toEqual([]);
    expect(lint(rule, 'ARG TAG\nFROM alpine:${TAG}\n')).toEqual([]);
    expect(lint(rule, 'ARG TAG=3.20\nFROM alpine:${TAG}\n')).toEqual([]);
    expect(lint(rule, 'FROM scratch\n')).toEqual([]);
  });

  it('is silenced by pragmas and aka ids', () => {
    expect(lint(rule, '# hadolint ignore=DL3007\nFROM node:latest\n')).toEqual([]);
    expect(lint(rule, 'FROM node:latest\n', { disabledRules: ['DS-0001'] })).toEqual([]);
  });
});
