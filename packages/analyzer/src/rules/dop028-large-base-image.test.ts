import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop028-large-base-image.js';

describe('DOP028 large-base-image', () => {
  it('fires on a full-size final base and names the smaller variant with an estimate', () => {
    const f = lint(rule, 'FROM python:3.12\nCMD ["python"]\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.message.en).toContain('`python:3.12-slim`');
    expect(f[0]!.message.en).toMatch(/estimated \d+ MB smaller/);
    expect(f[0]!.message.ko).toContain('`python:3.12-slim`');
    expect(lint(rule, 'FROM node:20-bookworm\n')[0]!.message.en).toContain('`node:20-bookworm-slim`');
    expect(lint(rule, 'FROM nginx:1.27\n')[0]!.message.en).toContain('`nginx:1.27-alpine`');
    expect(lint(rule, 'ARG V=3.12\nFROM python:${V}\n')[0]!.message.en).toContain('`python:3.12-slim`');
  });

  it('follows the final stage back to the image it builds on', () => {
    const f = lint(rule, 'FROM golang:1.22 AS build\nFROM ruby:3.3 AS base\nFROM base\nCMD ["ruby"]\n');
    expect(f).toHaveLength(1);
    expect(f[0]!.span).toEqual({ start: 31, end: 39 });
  });

  it('does not fire on small bases, build stages, toolchains, unknown images or variables', () => {
    expect(lint(rule, 'FROM python:3.12-slim\n')).toEqual([]);
    expect(lint(rule, 'FROM python:3.12 AS build\nFROM python:3.12-slim\n')).toEqual([]);
    expect(lint(rule, 'FROM golang:1.22\n')).toEqual([]); // DOP029's case
    expect(lint(rule, 'FROM ubuntu:24.04\nFROM alpine:3.20\n')).toEqual([]);
    expect(lint(rule, 'FROM example.com/app:1\n')).toEqual([]);
    expect(lint(rule, 'ARG BASE\nFROM ${BASE}\n')).toEqual([]);
    expect(lint(rule, 'FROM scratch\n')).toEqual([]);
    expect(lint(rule, 'FROM\n')).toEqual([]);
    expect(lint(rule, '# escape=`\nFROM python:3.12-windowsservercore-ltsc2022\n')).toEqual([]);
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, '# dop ignore=DOP028\nFROM python:3.12\n')).toEqual([]);
  });
});
