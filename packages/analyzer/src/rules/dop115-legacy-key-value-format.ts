import type { TextEdit } from '../types.js';
import { both, defineRule, instructionsOf } from './define.js';

/** Whether raw text is one word for Docker's word splitter (whitespace only inside quotes). */
function isOneWord(raw: string, escapeChar: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === escapeChar && quote !== "'") i++;
    else if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (/\s/.test(c)) return false;
  }
  return quote === null;
}

export const rule = defineRule({
  meta: {
    id: 'DOP115',
    slug: 'legacy-key-value-format',
    title: { en: 'Legacy `ENV key value` form', ko: '옛 `ENV key value` 형식' },
    severity: 'warning',
    practices: ['P25'],
    aka: { buildkit: ['LegacyKeyValueFormat'] },
    fixable: 'safe',
    explanation: {
      en: 'In the legacy whitespace form the whole rest of the line is one value, so `ENV A 1 B 2` sets A to "1 B 2", and the form is deprecated. Write `KEY=value` (quote values with spaces); it also lets one instruction set several keys.',
      ko: '공백으로 구분하는 옛 형식은 줄의 나머지 전체를 하나의 값으로 읽기 때문에 `ENV A 1 B 2`는 A를 "1 B 2"로 설정하며, 이 형식은 폐기 예정입니다. `KEY=value`로 쓰세요(공백이 있는 값은 따옴표로 감쌉니다). 이렇게 하면 한 명령으로 여러 키를 설정할 수도 있습니다.',
    },
    examples: {
      bad: 'FROM alpine:3.20\nENV APP_HOME /srv/app\nLABEL org.opencontainers.image.title My app\n',
      badLines: [2, 3],
      onbuild: 'same',
      good: 'FROM alpine:3.20\nENV APP_HOME=/srv/app\nLABEL org.opencontainers.image.title="My app"\n',
    },
  },
  check(ctx) {
    const esc = ctx.model.escapeChar;
    for (const ins of instructionsOf(ctx.model, 'ENV', 'LABEL')) {
      for (const p of ins.properties) {
        // `ENV A` with no value is a syntax error, not this rule's business.
        if (p.hasEquals || !p.valueSpan || !p.rawValue) continue;
        const raw = p.rawValue;
        let edits: TextEdit[] | null = null;
        const gap = { start: p.nameSpan.end, end: p.valueSpan.start, text: '=' };
        if (isOneWord(raw, esc)) edits = [gap];
        else if (!/["'\n]/.test(raw) && !raw.includes(esc)) {
          // Double quotes keep spaces and still expand `$VAR`, as the legacy form does.
          edits = [gap, { start: p.valueSpan.start, end: p.valueSpan.start, text: '"' }];
          edits.push({ start: p.valueSpan.end, end: p.valueSpan.end, text: '"' });
        }
        const kw = ins.keyword;
        ctx.report({
          span: p.span,
          message: both(
            `\`${kw} ${p.name} …\` uses the legacy whitespace form; write \`${kw} ${p.name}=…\`.`,
            `\`${kw} ${p.name} …\`은(는) 공백으로 구분하는 옛 형식입니다. \`${kw} ${p.name}=…\`(으)로 쓰세요.`,
          ),
          fix: edits
            ? { title: both('Use key=value', 'key=value 형식으로 바꾸기'), safety: 'safe', edits }
            : undefined,
        });
      }
    }
  },
});
