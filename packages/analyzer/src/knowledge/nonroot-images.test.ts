import { describe, expect, it } from 'vitest';
import { splitImageReference } from '../model/image-ref.js';
import { dotnetAppUser, NONROOT_IMAGES, nonRootDefault } from './nonroot-images.js';

const uid = (ref: string) => nonRootDefault(splitImageReference(ref))?.uid ?? null;

describe('non-root image table', () => {
  it('is well formed', () => {
    for (const e of NONROOT_IMAGES) {
      expect(e.source.length, e.name).toBeGreaterThan(10);
      expect(e.uid, e.name).toBeGreaterThan(0);
    }
  });

  it('knows distroless nonroot tags only', () => {
    expect(uid('gcr.io/distroless/static-debian12:nonroot')).toBe(65532);
    expect(uid('gcr.io/distroless/base-debian12:debug-nonroot')).toBe(65532);
    expect(uid('gcr.io/distroless/java21-debian12:nonroot-amd64')).toBe(65532);
    expect(uid('gcr.io/distroless/static-debian12')).toBeNull();
    expect(uid('gcr.io/distroless/static-debian12:debug')).toBeNull();
  });

  it('knows Chainguard images and their root exceptions', () => {
    expect(uid('cgr.dev/chainguard/python:latest')).toBe(65532);
    expect(uid('cgr.dev/chainguard/static')).toBe(65532);
    expect(uid('cgr.dev/chainguard/python:latest-dev')).toBeNull();
    expect(uid('cgr.dev/chainguard/wolfi-base')).toBeNull();
  });

  it('knows vendor non-root images, on any Docker Hub spelling', () => {
    expect(uid('nginxinc/nginx-unprivileged:1.27-alpine')).toBe(101);
    expect(uid('docker.io/nginxinc/nginx-unprivileged:1.27')).toBe(101);
    expect(uid('bitnami/postgresql:16')).toBe(1001);
    expect(uid('bitnami/minideb:bookworm')).toBeNull();
    expect(uid('mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled')).toBe(1654);
    expect(uid('mcr.microsoft.com/dotnet/aspnet:8.0')).toBeNull();
    expect(uid('registry.access.redhat.com/ubi9/python-311')).toBe(1001);
  });

  it('returns null for images that run as root', () => {
    for (const ref of ['nginx:1.27', 'python:3.12-slim', 'node:20', 'ubuntu:24.04', 'bitnami']) {
      expect(uid(ref), ref).toBeNull();
    }
  });
});

describe('dotnetAppUser', () => {
  it('names the app user of .NET 8 and later runtime images, none before', () => {
    expect(dotnetAppUser('mcr.microsoft.com/dotnet/aspnet:8.0')?.uid).toBe(1654);
    expect(dotnetAppUser('mcr.microsoft.com/dotnet/runtime:9.0-bookworm-slim')?.variable).toBe('APP_UID');
    expect(dotnetAppUser('mcr.microsoft.com/dotnet/aspnet')?.user).toBe('app');
    expect(dotnetAppUser('mcr.microsoft.com/dotnet/aspnet:7.0')).toBeNull();
    expect(dotnetAppUser('mcr.microsoft.com/dotnet/aspnet:6.0-alpine')).toBeNull();
    expect(dotnetAppUser('debian:bookworm-slim')).toBeNull();
  });
});
