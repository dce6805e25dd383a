import { describe, expect, it } from 'vitest';
import { buildModel } from '../model/build.js';
import type { SimpleCommand } from '../shell/types.js';
import { cleansCache, packageManagerCall, quietLevel } from './invocation.js';
import { PACKAGE_MANAGER_BY_ID } from './package-managers.js';

const commands = (run: string): SimpleCommand[] =>
  buildModel(`FROM x\nRUN ${run}\n`).instructions[1]!.shell!.commands;
const call = (run: string) => packageManagerCall(commands(run)[0]!)!;

describe('package-manager calls', () => {
  it('skips option values before and after the verb', () => {
    expect(call('npm --loglevel verbose install -g a').subcommand!.value).toBe('install');
    expect(call('pip install --root-user-action ignore a==1').operands.map((o) => o.value)).toEqual(['a==1']);
    expect(call('pip install -c constraints.txt a').operands.map((o) => o.value)).toEqual(['a']);
    expect(call('apt-get install -y -- a').operands.map((o) => o.value)).toEqual(['a']);
  });

  it('reads `dnf module install` as an install whose operands are pinned by a stream', () => {
    const c = call('dnf module install -y nodejs:20 ruby');
    expect(c.group?.value).toBe('module');
    expect(c.subcommand!.value).toBe('install');
    expect(c.operands.map((o) => o.value).filter((o) => !c.pinned!(o))).toEqual(['ruby']);
  });

  it('knows the verb aliases and the less common front ends', () => {
    const dnf = PACKAGE_MANAGER_BY_ID.dnf;
    for (const v of ['in', 'rei']) expect(dnf.install).toContain(v);
    for (const v of ['up', 'upgrade-minimal']) expect(dnf.upgrade).toContain(v);
    expect(PACKAGE_MANAGER_BY_ID.zypper.upgrade).toContain('patch');
    expect(call('pip2 install a').pm.id).toBe('pip');
    expect(call('go run example.com/gen@latest').subcommand!.value).toBe('run');
  });

  it('sees VCS installs without a ref as unpinned, and .tar tarballs as local files', () => {
    const pip = PACKAGE_MANAGER_BY_ID.pip;
    expect(pip.notAPackage('git+https://e.example/o/lib.git')).toBe(false);
    expect(pip.pinned!('git+https://e.example/o/lib.git')).toBe(false);
    expect(pip.pinned!('git+ssh://git@e.example/o/lib.git')).toBe(false);
    expect(pip.pinned!('git+https://e.example/o/lib.git@v1.2#egg=lib')).toBe(true);
    const npm = PACKAGE_MANAGER_BY_ID.npm;
    expect(npm.pinned!('git+ssh://git@e.example/o/lib.git')).toBe(false);
    expect(npm.pinned!('github:o/lib#v1.0.0')).toBe(true);
    expect(npm.notAPackage('./lib-1.0.0.tar')).toBe(true);
  });

  it('counts quiet levels: -q -q, -qq and -q=2 make apt-get answer yes', () => {
    expect(quietLevel(call('apt-get -q -q install a').args)).toBe(2);
    expect(quietLevel(call('apt-get -qq install a').args)).toBe(2);
    expect(quietLevel(call('apt-get -q=2 install a').args)).toBe(2);
    expect(quietLevel(call('apt-get -q install a').args)).toBe(1);
  });

  it('counts a cleanup only after the call it cleans', () => {
    const yum = PACKAGE_MANAGER_BY_ID.yum;
    const before = commands('yum clean all && yum install -y a');
    expect(cleansCache(yum, before, before[1])).toBe(false);
    const after = commands('yum install -y a && yum clean all');
    expect(cleansCache(yum, after, after[0])).toBe(true);
    const twice = commands('yum install -y a && yum clean all && yum install -y b');
    expect(cleansCache(yum, twice, twice[2])).toBe(false);
  });
});
