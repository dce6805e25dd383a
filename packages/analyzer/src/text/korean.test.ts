import { describe, expect, it } from 'vitest';
import { finalSound, josa, resolveParticles, wrongParticles } from './korean.js';

describe('Korean particles chosen by the word before them', () => {
  it('reads Hangul by its final consonant, with ㄹ apart for (으)로', () => {
    expect(josa('사과', '을(를)')).toBe('사과를');
    expect(josa('수박', '이(가)')).toBe('수박이');
    expect(josa('서울', '(으)로')).toBe('서울로');
    expect(josa('파일', '은(는)')).toBe('파일은');
    expect(josa('이미지', '과(와)')).toBe('이미지와');
  });

  it('reads code words as Korean developers say them (the cases the notes got wrong)', () => {
    expect(josa('`RUN`', '(으)로')).toBe('`RUN`으로');
    expect(josa('`FROM`', '와(과)')).toBe('`FROM`과');
    expect(josa('`curl`', '을(를)')).toBe('`curl`을');
    expect(josa('`package.json`', '(으)로')).toBe('`package.json`으로');
    expect(josa('`COPY`', '은(는)')).toBe('`COPY`는');
    expect(josa('`node:22-slim`', '은(는)')).toBe('`node:22-slim`은');
    expect(josa('`docker`', '이(가)')).toBe('`docker`가');
    expect(josa('`apt-get`', '을(를)')).toBe('`apt-get`을');
    expect(josa('SSH', '을(를)')).toBe('SSH를');
    expect(josa('URL', '(으)로')).toBe('URL로');
    expect(josa('`/app/`', '은(는)')).toBe('`/app/`은');
  });

  it('reads numbers in Sino-Korean', () => {
    expect(['0', '1', '2', '3', '6', '7', '10', '100', '3.12', '8080'].map(finalSound)).toEqual([
      'other', // 영
      'rieul', // 일
      'none', // 이
      'other', // 삼
      'other', // 육
      'rieul', // 칠
      'other', // 십
      'other', // 백
      'none', // 십이
      'other', // 팔십 (ends in 0: 십)
    ]);
    expect(josa('포트 `8080`', '은(는)')).toBe('포트 `8080`은');
    expect(josa('`python:3.12`', '이(가)')).toBe('`python:3.12`가');
  });

  it('resolves every pair in a message, each by its own word', () => {
    expect(resolveParticles('`RUN`은(는) `curl`을(를) `FROM`과(와) 함께 `/app`(으)로 옮깁니다.')).toBe(
      '`RUN`은 `curl`을 `FROM`과 함께 `/app`으로 옮깁니다.',
    );
    expect(resolveParticles('괄호(가 아닌) 말은 그대로')).toBe('괄호(가 아닌) 말은 그대로');
  });
});

describe('particles written after a code word', () => {
  it('are checked against how the word is said', () => {
    expect(wrongParticles('`RUN`로 바꾸고 `FROM`와 `curl`를 `package.json`로 복사')).toEqual([
      '`RUN`로 → `RUN`으로',
      '`FROM`와 → `FROM`과',
      '`curl`를 → `curl`을',
      '`package.json`로 → `package.json`으로',
    ]);
    expect(wrongParticles('`RUN`으로 `COPY`는 `curl`을 `/app`에')).toEqual([]);
  });
});

describe('a code span that is only a mark', () => {
  it('is read by the mark’s name', () => {
    expect(josa('끝은 `/`', '(으)로')).toBe('끝은 `/`로');
    expect(josa('`:`', '(으)로')).toBe('`:`으로');
  });
});
