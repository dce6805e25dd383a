import { describe, expect, it } from 'vitest';
import { splitImageReference } from '../model/image-ref.js';
import { BASE_IMAGES, baseImageInfo } from './base-images.js';

const info = (ref: string) => baseImageInfo(splitImageReference(ref));

describe('base image table', () => {
  it('is well formed', () => {
    const ids = BASE_IMAGES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of BASE_IMAGES) {
      expect(f.variants.length, f.id).toBeGreaterThan(0);
      const variantIds = f.variants.map((v) => v.id);
      expect(new Set(variantIds).size, f.id).toBe(variantIds.length);
      for (const v of f.variants) {
        expect(v.size.source.length, `${f.id}/${v.id}`).toBeGreaterThan(10);
        expect(v.size.compressedMb, `${f.id}/${v.id}`).toBeLessThanOrEqual(v.size.uncompressedMb);
        for (const s of v.smaller ?? []) {
          const target = f.variants.find((x) => x.id === s);
          expect(target, `${f.id}/${v.id} → ${s}`).toBeDefined();
          expect(target!.size.uncompressedMb, `${f.id}/${v.id} → ${s}`).toBeLessThan(v.size.uncompressedMb);
        }
      }
    }
  });
});

describe('baseImageInfo', () => {
  it('reads language images and recommends the smaller variant', () => {
    const py = info('python:3.12')!;
    expect(py.family.id).toBe('python');
    expect(py.variant.id).toBe('full');
    expect(py.role).toBe('runtime');
    expect(py.version).toBe('3.12');
    expect(py.smaller?.image).toBe('python:3.12-slim');
    expect(py.smaller!.savedMb).toBeGreaterThan(500);

    expect(info('python:3.12-bookworm')!.smaller?.image).toBe('python:3.12-slim-bookworm');
    expect(info('python:3.12-slim')!.variant.id).toBe('slim');
    expect(info('python:3.12-slim')!.smaller).toBeNull();
    expect(info('python:3.12-alpine3.20')!).toMatchObject({ os: 'alpine', packageManager: 'apk' });
    expect(info('python')!.smaller?.image).toBe('python:slim');
    expect(info('python:latest')!.version).toBeNull();
    expect(info('docker.io/library/python:3.12')!.family.id).toBe('python');

    expect(info('node:20')!.smaller?.image).toBe('node:20-slim');
    expect(info('node:20-bookworm')!.smaller?.image).toBe('node:20-bookworm-slim');
    expect(info('node:lts-alpine')!).toMatchObject({ version: 'lts', variant: { id: 'alpine' } });
    expect(info('php:8.3-fpm')!.smaller?.image).toBe('php:8.3-fpm-alpine');
    expect(info('debian:bookworm')!).toMatchObject({
      version: 'bookworm',
      smaller: { image: 'debian:bookworm-slim' },
    });
    expect(info('debian:12-slim')!.smaller).toBeNull();
    expect(info('ubuntu:24.04')!.smaller).toBeNull();
  });

  it('tells toolchains from runtimes', () => {
    expect(info('golang:1.22')!.role).toBe('toolchain');
    expect(info('golang:1.22-alpine')!.role).toBe('toolchain');
    expect(info('maven:3.9-eclipse-temurin-21')!.role).toBe('toolchain');
    expect(info('rust:1-slim')!.role).toBe('toolchain');
    expect(info('eclipse-temurin:21')!.role).toBe('toolchain');
    expect(info('eclipse-temurin:21-jdk-jammy')!.smaller?.image).toBe('eclipse-temurin:21-jre-jammy');
    expect(info('eclipse-temurin:21-jre')!.role).toBe('runtime');
    expect(info('eclipse-temurin:21-jre-alpine')!.variant.id).toBe('jre-alpine');
    const sdk = info('mcr.microsoft.com/dotnet/sdk:8.0')!;
    expect(sdk.role).toBe('toolchain');
    expect(sdk.smaller?.image).toBe('mcr.microsoft.com/dotnet/aspnet:8.0');
    expect(info('mcr.microsoft.com/dotnet/aspnet:8.0')!.role).toBe('runtime');
    expect(info('mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled')!.user).toEqual({
      name: 'app',
      uid: 1654,
    });
    expect(info('buildpack-deps:bookworm')!.role).toBe('toolchain');
    expect(info('buildpack-deps:bookworm-curl')!.role).toBe('os');
  });

  it('knows users, shells and package managers', () => {
    expect(info('gcr.io/distroless/static-debian12:nonroot')!).toMatchObject({
      shell: null,
      packageManager: null,
      user: { uid: 65532 },
    });
    expect(info('gcr.io/distroless/static-debian12')!.user.uid).toBe(0);
    expect(info('gcr.io/distroless/base-debian12:debug')!.shell).toBe('busybox');
    expect(info('gcr.io/distroless/java21-debian12')!.ecosystem).toBe('java');
    expect(info('nginxinc/nginx-unprivileged:1.27-alpine')!.user.uid).toBe(101);
    expect(info('cgr.dev/chainguard/python:latest')!).toMatchObject({ shell: null, user: { uid: 65532 } });
    expect(info('cgr.dev/chainguard/python:latest-dev')!).toMatchObject({
      shell: 'sh',
      packageManager: 'apk',
    });
    expect(info('cgr.dev/chainguard/go:latest')!.role).toBe('toolchain');
    expect(info('cgr.dev/chainguard/curl:latest')!.family.id).toBe('chainguard');
    expect(info('registry.access.redhat.com/ubi9/ubi:9.4')!.smaller?.image).toBe(
      'registry.access.redhat.com/ubi9/ubi-minimal:9.4',
    );
    expect(info('registry.access.redhat.com/ubi9/ubi-minimal')!.packageManager).toBe('microdnf');
    expect(info('amazonlinux:2')!.packageManager).toBe('yum');
    expect(info('amazonlinux:2023')!.packageManager).toBe('dnf');
    expect(info('rockylinux:9-minimal')!.packageManager).toBe('microdnf');
    expect(info('mcr.microsoft.com/windows/nanoserver:ltsc2022')!).toMatchObject({
      shell: 'cmd',
      user: { uid: null },
    });
    expect(info('scratch')!).toMatchObject({ role: 'empty', shell: null });
    expect(info('alpine:3.20')!).toMatchObject({ packageManager: 'apk', size: { compressedMb: 3.6 } });
  });

  it('returns null for unknown images, variables and stages', () => {
    expect(info('example.com/team/app:1.0')).toBeNull();
    expect(info('${BASE}:3.12')).toBeNull();
    expect(info('python:${TAG}')).toBeNull();
    expect(baseImageInfo({ registry: null, name: 'python', tag: '3.12', stage: 0 })).toBeNull();
    expect(baseImageInfo({ registry: null, name: '', tag: null })).toBeNull();
  });
});
