/**
 * Korean particles chosen by the word they follow. A message is written with a paired particle
 * after a word that is only known when it runs (`${name}을(를)`); `resolveParticles` picks the one
 * the word's last sound takes, as a person reading it aloud would: `RUN`으로, `curl`을, `FROM`과,
 * `3.12`가, `package.json`으로. Hangul is read from its final consonant; code words, numbers and
 * abbreviations the way Korean developers say them.
 */

/** What a particle depends on: no final consonant, ㄹ (which takes 로, not 으로), or another one. */
export type FinalSound = 'none' | 'rieul' | 'other';

/** Paired particles as written in messages → [after a final consonant, after none, after ㄹ]. */
const PAIRS: Record<string, [string, string, string]> = {
  '은(는)': ['은', '는', '은'],
  '는(은)': ['은', '는', '은'],
  '이(가)': ['이', '가', '이'],
  '가(이)': ['이', '가', '이'],
  '을(를)': ['을', '를', '을'],
  '를(을)': ['을', '를', '을'],
  '과(와)': ['과', '와', '과'],
  '와(과)': ['과', '와', '과'],
  '(으)로': ['으로', '로', '로'],
  '(이)라는': ['이라는', '라는', '이라는'],
  '(이)나': ['이나', '나', '이나'],
};

const PAIR_PATTERN = new RegExp(
  Object.keys(PAIRS)
    .map((p) => p.replace(/[()]/g, '\\$&'))
    .join('|'),
  'g',
);

/** Any paired particle left in a text: a test fails on these in what users read. */
export const GENERIC_PARTICLE = PAIR_PATTERN;

/** Replaces every paired particle with the one the word before it takes. */
export function resolveParticles(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(PAIR_PATTERN, (pair, offset: number) => {
    const forms = PAIRS[pair]!;
    const sound = finalSound(text.slice(Math.max(0, offset - 80), offset));
    return sound === 'other' ? forms[0] : sound === 'none' ? forms[1] : forms[2];
  });
}

/** A text in both languages with its Korean particles resolved. */
export function resolveLocalized<T extends { en: string; ko: string }>(text: T): T {
  const ko = resolveParticles(text.ko);
  return ko === text.ko ? text : { ...text, ko };
}

/** The particle a word takes: josa('`RUN`', '(으)로') → '`RUN`으로'. */
export function josa(word: string, pair: keyof typeof PAIRS): string {
  return resolveParticles(word + pair);
}

/* ------------------------------------------------------------------------------------------ */

/**
 * How Korean developers say the words that end messages. Words not listed are read by their
 * spelling (below); these are the ones the spelling would get wrong, or that come up most.
 */
const SAID: Record<string, FinalSound> = {
  run: 'other', // 런
  from: 'other', // 프롬
  copy: 'none',
  add: 'none',
  env: 'none', // 엔브
  arg: 'none', // 아그
  cmd: 'none', // 커맨드
  workdir: 'none', // 워크디어
  user: 'none',
  check: 'none', // 체크
  healthcheck: 'none',
  apt: 'none', // 앱트
  apk: 'none',
  dnf: 'none',
  yaml: 'rieul', // 야믈
  dotnet: 'other', // 닷넷
  uv: 'none',
  go: 'none',
  npx: 'none',
  http: 'none',
  ssh: 'none',
  gz: 'none',
  ok: 'none',
};

/** Korean readings of the letters, by whether their names end in a consonant (엘, 엠, 엔, 알). */
const LETTER: Record<string, FinalSound> = { l: 'rieul', r: 'rieul', m: 'other', n: 'other' };

/** Digits as read in Sino-Korean (일, 이, 삼 …). */
const DIGIT: FinalSound[] = [
  'other',
  'rieul',
  'none',
  'other',
  'none',
  'none',
  'other',
  'rieul',
  'rieul',
  'none',
];

/** The final sound of the last word of `text` as it is read aloud. */
/** Code spans that are only a mark, by the mark's Korean name: 슬래시, 점, 콜론, 별표, 하이픈, 달러. */
const MARK: Record<string, FinalSound> = {
  '/': 'none',
  '.': 'other',
  ':': 'other',
  '*': 'none',
  '-': 'none',
  $: 'rieul',
};

export function finalSound(text: string): FinalSound {
  const span = /`([^`]*)`\s*$/.exec(text)?.[1];
  if (span !== undefined && !/[\p{L}\p{N}]/u.test(span)) return MARK[span.trim().at(-1) ?? ''] ?? 'none';
  // Closing marks are not read: `` `x` ``, "x", (x), x/, x… → x (scanned from the end: linear)
  let end = text.length;
  while (end > 0 && CLOSING.has(text[end - 1]!)) end--;
  if (end === 0) return 'none';
  const code = text.charCodeAt(end - 1);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const jong = (code - 0xac00) % 28;
    return jong === 0 ? 'none' : jong === 8 ? 'rieul' : 'other';
  }
  const kind = (c: string) => (/[A-Za-z]/.test(c) ? 'letter' : /[0-9]/.test(c) ? 'digit' : null);
  const last = kind(text[end - 1]!);
  if (!last) return 'none';
  let start = end - 1;
  while (start > 0 && kind(text[start - 1]!) === last) start--;
  const run = text.slice(start, end);
  return last === 'digit' ? numberSound(run) : wordSound(run);
}

const CLOSING = new Set([...' \t\n`\'"’”)]}>.,;:!?/*…-']);

function numberSound(digits: string): FinalSound {
  const n = digits.replace(/^0+(?=.)/, '');
  if (n === '0') return 'other'; // 영
  let zeros = 0;
  while (zeros < n.length && n[n.length - 1 - zeros] === '0') zeros++;
  // 십, 백, 천, 만 all end in a consonant; otherwise the last digit decides.
  return zeros > 0 ? 'other' : DIGIT[Number(n.at(-1))]!;
}

function wordSound(word: string): FinalSound {
  const w = word.toLowerCase();
  const said = SAID[w];
  if (said) return said;
  // Short all-capital words with no vowel to say are spelled out: SSH, NPM, URL, TLS.
  if (word === word.toUpperCase() && word.length <= 4 && !/[AEIOU]/.test(word.slice(1))) {
    return LETTER[w.at(-1)!] ?? 'none';
  }
  if (/(l|le)$/.test(w)) return 'rieul'; // curl 컬, file 파일, label 레이블
  if (/(m|n|ng|ne|me|ck)$/.test(w)) return 'other'; // slim 슬림, json 제이슨, alpine 알파인, lock 락
  if (/[aeiou]p+$/.test(w)) return 'other'; // app 앱, pip 핍, setup 셋업, sleep 슬립
  // A t or b after a single vowel is said as a final consonant: git 깃, secret 시크릿, job 잡;
  // after a double vowel or a consonant it gets a vowel of its own: root 루트, port 포트, script 스크립트.
  if (/(^|[^aeiou])[aeiou](t+|b+)$|out$|ook$/.test(w)) return 'other'; // … timeout 타임아웃, hook 훅
  return 'none'; // docker 도커, build 빌드, node 노드, script 스크립트
}

const FIXED = /`([^`\n]+)`(으로|로|은|는|이|가|을|를|과|와)(?=[\s.,;:!?)\]]|$)/g;
const TAKES: Record<string, [string, string, string]> = {
  은: PAIRS['은(는)']!,
  는: PAIRS['은(는)']!,
  이: PAIRS['이(가)']!,
  가: PAIRS['이(가)']!,
  을: PAIRS['을(를)']!,
  를: PAIRS['을(를)']!,
  과: PAIRS['과(와)']!,
  와: PAIRS['과(와)']!,
  으로: PAIRS['(으)로']!,
  로: PAIRS['(으)로']!,
};

/** Particles written after a `code` word that its sound does not take (`RUN`로, `curl`를), as found. */
export function wrongParticles(text: string): string[] {
  const wrong: string[] = [];
  for (const m of text.matchAll(FIXED)) {
    const [, word, written] = m as unknown as [string, string, string];
    const forms = TAKES[written]!;
    const sound = finalSound(word);
    const right = sound === 'other' ? forms[0] : sound === 'none' ? forms[1] : forms[2];
    if (right !== written) wrong.push(`\`${word}\`${written} → \`${word}\`${right}`);
  }
  return wrong;
}
