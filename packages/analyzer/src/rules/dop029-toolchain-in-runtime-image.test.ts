import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop029-toolchain-in-runtime-image.js';

describe('DOP029 toolchain-in-runtime-image', () => {
  it('fires when the final stage is a compiler or SDK image, and suggests runtimes', () => {
    const go = lint(rule, 'FROM golang:1.22\nRUN go build -o /app .\n');
    expect(go).toHaveLength(1);
    expect(go[0]!.message.en).toContain('`gcr.io/distroless/static-debian12:nonroot` or `scratch`');
    expect(lint(rule, 'FROM maven:3.9-eclipse-temurin-21\n')[0]!.message.en).toContain(
      '`eclipse-temurin:21-jre`',
    );
    expect(lint(rule, 'FROM eclipse-temurin:21-jdk\n')[0]!.message.en).toContain('`eclipse-temurin:21-jre`');
    expect(lint(rule, 'FROM mcr.microsoft.com/dotnet/sdk:8.0\n')[0]!.message.en).toContain(
      '`mcr.microsoft.com/dotnet/aspnet:8.0`',
    );
    for (const img of [
      'rust:1',
      'rust:1-slim',
      'gradle:8-jdk21',
      'golang:1.22-alpine',
      'openjdk:17',
      'buildpack-deps:bookworm',
    ]) {
      expect(lint(rule, `FROM ${img}\n`), img).toHaveLength(1);
    }
    // The final stage builds on a toolchain stage.
    expect(lint(rule, 'FROM rust:1 AS base\nFROM base\n')).toHaveLength(1);
  });

  it('does not fire on runtime images, build stages, unknown images or variables', () => {
    expect(
      lint(
        rule,
        'FROM golang:1.22 AS build\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /app /app\n',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM eclipse-temurin:21-jre\n')).toEqual([]);
    expect(lint(rule, 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\n')).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\n')).toEqual([]);
    expect(lint(rule, 'FROM node:20\n')).toEqual([]);
    expect(lint(rule, 'FROM scratch\n')).toEqual([]);
    expect(lint(rule, 'ARG IMG\nFROM ${IMG}\n')).toEqual([]);
    expect(lint(rule, 'FROM example.com/golang:1.22\n')).toEqual([]);
    // COPY --from an external image does not make the stage a toolchain.
    expect(lint(rule, 'FROM alpine:3.20\nCOPY --from=golang:1.22 /usr/local/go /go\n')).toEqual([]);
  });

  it('is silenced by our pragma', () => {
    expect(lint(rule, '# dop ignore=DOP029\nFROM golang:1.22\n')).toEqual([]);
  });
});
