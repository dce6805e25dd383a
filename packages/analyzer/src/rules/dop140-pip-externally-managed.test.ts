import { describe, expect, it } from 'vitest';
import { lint } from '../testing/lint.js';
import { rule } from './dop140-pip-externally-managed.js';

describe('DOP140 pip-externally-managed', () => {
  it('fires on a system-wide pip install where the distribution marks its Python', () => {
    for (const base of ['alpine:3.20', 'debian:12-slim', 'ubuntu:24.04', 'debian:bookworm']) {
      const f = lint(rule, `FROM ${base}\nRUN pip3 install flask`);
      expect(f, base).toHaveLength(1);
      expect(f[0]!.message.en).toContain('externally-managed-environment');
    }
    expect(
      lint(rule, 'FROM ubuntu:24.04 AS base\nRUN true\nFROM base\nRUN python3 -m pip install x'),
    ).toHaveLength(1);
  });

  it('stays silent on older releases, the python image, virtualenvs and the explicit override', () => {
    for (const text of [
      'FROM alpine:3.18\nRUN pip install flask',
      'FROM ubuntu:22.04\nRUN pip3 install flask',
      'FROM python:3.12-alpine\nRUN pip install flask',
      'FROM alpine:3.20\nRUN python3 -m venv /opt/venv\nENV PATH="/opt/venv/bin:$PATH"\nRUN pip install flask',
      'FROM alpine:3.20\nRUN /opt/venv/bin/pip install flask',
      'FROM debian:12\nRUN pip install --break-system-packages flask',
      'FROM debian:12\nENV PIP_BREAK_SYSTEM_PACKAGES=1\nRUN pip install flask',
      'FROM mycorp/alpine:3.20\nRUN pip install flask',
    ]) {
      expect(lint(rule, text), text).toEqual([]);
    }
  });
});
