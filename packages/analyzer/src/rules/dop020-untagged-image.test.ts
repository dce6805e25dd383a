import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop020-untagged-image.js';

describe('DOP020 untagged-image', () => {
  it('fires on FROM without tag or digest', () => {
    expect(lint(rule, 'FROM python\n')).toHaveLength(1);
    expect(lint(rule, 'FROM ghcr.io/org/app\n')).toHaveLength(1);
    expect(lint(rule, 'FROM localhost:5000/app\n')).toHaveLength(1);
    expect(lint(rule, 'FROM python AS build\nFROM build\n')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM node\nRUN npm ci\n'))).toHaveLength(1);
  });

  it('fires when the ARG default gives an untagged reference, and names it', () => {
    const f = lint(rule, 'ARG BASE=python\nFROM ${BASE}\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('python (${BASE})');
    expect(f[0]!.span).toEqual({ start: 21, end: 28 });
  });

  it('does not fire on tags, digests, scratch, stages or unresolved variables', () => {
    expect(lint(rule, 'FROM python:3.12-slim\n')).toEqual([]);
    expect(lint(rule, 'FROM python:latest\n')).toEqual([]); // DOP021's case
    expect(lint(rule, `FROM python@sha256:${'a'.repeat(64)}\n`)).toEqual([]);
    expect(lint(rule, 'FROM scratch\n')).toEqual([]);
    expect(lint(rule, 'FROM alpine:3.20 AS base\nFROM base\nFROM BASE\n')).toEqual([]);
    // Peers' false positive: a tag from an ARG default.
    expect(lint(rule, 'ARG TAG=3.12\nFROM python:${TAG}\n')).toEqual([]);
    expect(lint(rule, 'ARG IMG=python:3.12\nFROM $IMG\n')).toEqual([]);
    expect(lint(rule, 'ARG BASE=base\nFROM alpine:3.20 AS base\nFROM ${BASE}\n')).toEqual([]);
    // Unknown at lint time: the build passes it.
    expect(lint(rule, 'ARG IMAGE\nFROM ${IMAGE}\n')).toEqual([]);
    expect(lint(rule, 'FROM\n')).toEqual([]);
    expect(lint(rule, '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n')).toEqual([]);
  });

  it('is silenced by pragmas and aka ids', () => {
    expect(lint(rule, '# hadolint ignore=DL3006\nFROM python\n')).toEqual([]);
    expect(lint(rule, 'FROM python\n', { disabledRules: ['DS-0001'] })).toEqual([]);
  });
});

describe('DOP020 registry variables', () => {
  it('reports a missing tag whatever registry a variable names, not a variable tag or image', () => {
    expect(lint(rule, 'ARG REGISTRY\nFROM ${REGISTRY}/library/ubuntu\n')).toHaveLength(1);
    expect(lint(rule, 'ARG REGISTRY\nFROM ${REGISTRY}/ubuntu:24.04\n')).toEqual([]);
    expect(lint(rule, 'ARG IMAGE\nFROM ${IMAGE}\n')).toEqual([]);
    expect(lint(rule, 'ARG TAG\nFROM ubuntu:${TAG}\n')).toEqual([]);
  });
});
