import { buildModel } from '@dop/analyzer';
import { describe, expect, it } from 'vitest';
import { suggestDockerignore } from '../src/dockerignore.js';

const lines = (text: string) => suggestDockerignore(buildModel(text)).split('\n');

describe('suggested .dockerignore', () => {
  it('adds the common entries and the ecosystem of the base image and package managers', () => {
    const node = lines('FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n');
    expect(node).toContain('.git');
    expect(node).toContain('**/.env');
    expect(node).toContain('**/node_modules');
    expect(node).not.toContain('**/__pycache__');
    const py = lines('FROM debian:12-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\n');
    expect(py).toContain('**/__pycache__');
    expect(py).toContain('.venv');
  });

  it('never ignores what the Dockerfile copies by name', () => {
    const java = lines(
      'FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app/app.jar\nCMD ["java", "-jar", "/app/app.jar"]\n',
    );
    expect(java).not.toContain('target');
    const php = lines('FROM composer:2\nCOPY vendor /app/vendor\nCOPY . /app\n');
    expect(php).not.toContain('vendor');
  });
});
