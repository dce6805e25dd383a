import { describe, expect, it } from 'vitest';
import { asOnbuild, lint } from '../testing/lint.js';
import { rule } from './dop071-pip-unpinned.js';

describe('DOP071 pip-unpinned', () => {
  it('fires on packages without versions', () => {
    expect(lint(rule, 'FROM python:3\nRUN pip install flask requests==2.32.3')[0]!.message.en).toContain(
      'flask',
    );
  });

  it('does not fire on requirement files, the project, paths, URLs, pins in variables or wheels', () => {
    for (const args of [
      '-r requirements.txt',
      '.',
      '-e .',
      './pkg',
      'git+https://x/y.git@v1',
      'flask==${FLASK_VERSION}',
      'dist/app-1.0-py3-none-any.whl',
      '-c constraints.txt "flask>=3"',
      'flask~=3.0',
    ]) {
      expect(lint(rule, `FROM python:3\nRUN pip install ${args}`), args).toEqual([]);
    }
  });

  it('counts one finding per call and names the call as written', () => {
    const found = lint(rule, 'FROM python:3\nRUN python3 -m pip install flask gunicorn && pip install .');
    expect(found).toHaveLength(1);
    expect(found[0]!.message.en).toBe('`python3 -m pip install` of flask, gunicorn without a version.');
    expect(lint(rule, asOnbuild('FROM python:3\nRUN pip install flask'))).toHaveLength(1);
  });

  it('honours the hadolint id', () => {
    expect(lint(rule, 'FROM python:3\n# hadolint ignore=DL3013\nRUN pip install flask')).toEqual([]);
  });
});
