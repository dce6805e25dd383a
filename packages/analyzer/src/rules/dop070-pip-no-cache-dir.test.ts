import { describe, expect, it } from 'vitest';
import { asOnbuild, fixed, lint } from '../testing/lint.js';
import { rule } from './dop070-pip-no-cache-dir.js';

describe('DOP070 pip-no-cache-dir', () => {
  it('fires on pip install in the final stage', () => {
    expect(lint(rule, 'FROM python:3.12\nRUN pip install -r requirements.txt')).toHaveLength(1);
    expect(lint(rule, 'FROM python:3.12\nRUN python -m pip install flask')).toHaveLength(1);
    expect(lint(rule, asOnbuild('FROM python:3.12\nRUN pip3 install flask'))).toHaveLength(1);
  });

  it('does not fire with the flag, PIP_NO_CACHE_DIR, a cache mount, a purge, or in a build stage', () => {
    expect(lint(rule, 'FROM python:3.12\nRUN pip install --no-cache-dir flask')).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask')).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask')).toEqual([]);
    expect(
      lint(rule, 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask'),
    ).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\nRUN pip install flask && pip cache purge')).toEqual([]);
    expect(
      lint(
        rule,
        'FROM python:3.12 AS build\nRUN pip install flask\nFROM python:3.12-slim\nCOPY --from=build /x /x',
      ),
    ).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\nRUN pip download flask')).toEqual([]);
  });

  it('takes an abbreviation of --no-cache-dir, as pip does (--no-cache, --no-cache-d …)', () => {
    expect(lint(rule, 'FROM python:3.12\nRUN pip install --no-cache flask')).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\nRUN pip install --no-cache-d -r requirements.txt')).toEqual([]);
    // --no-c is ambiguous for pip (--no-clean, --no-color, --no-compile): it is no abbreviation
    expect(lint(rule, 'FROM python:3.12\nRUN pip install --no-clean flask')).toHaveLength(1);
  });

  it('does not fire when PIP_NO_CACHE_DIR is set to any value, 0 and false included (pip reads any value as off)', () => {
    expect(lint(rule, 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install flask')).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=false\nRUN pip install flask')).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=\nRUN pip install flask')).toHaveLength(1);
  });

  it('reads the ENV of the stage built on, not of an unrelated stage', () => {
    const parent = 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\n';
    expect(lint(rule, `${parent}FROM base\nRUN pip install flask`)).toEqual([]);
    expect(lint(rule, `${parent}FROM python:3.12\nRUN pip install flask`)).toHaveLength(1);
  });

  it('inserts the flag', () => {
    expect(fixed(rule, 'FROM python:3.12\nRUN pip install flask')).toBe(
      'FROM python:3.12\nRUN pip install --no-cache-dir flask',
    );
  });

  it('names the call as written', () => {
    expect(lint(rule, 'FROM python:3.12\nRUN python3 -m pip install flask')[0]!.message.en).toBe(
      '`python3 -m pip install` keeps its download cache in the layer: add --no-cache-dir or use a cache mount.',
    );
  });

  it('leaves uv alone: it hard-links from its cache', () => {
    expect(lint(rule, 'FROM python:3.12\nRUN uv pip install --system flask')).toEqual([]);
    expect(lint(rule, 'FROM python:3.12\nRUN pip install --no-cache-dir uv && uv sync --frozen')).toEqual([]);
  });

  it('reads sh -c in exec form and heredocs', () => {
    expect(lint(rule, 'FROM python:3.12\nRUN ["sh", "-c", "pip install flask"]')).toHaveLength(1);
    expect(lint(rule, 'FROM python:3.12\nRUN <<EOF\npip install flask\nEOF')).toHaveLength(1);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM python:3.12\n# hadolint ignore=DL3042\nRUN pip install flask')).toEqual([]);
  });
});
