import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { TextQueries } from '../../../src/core/sinks/text-query.js';
import { valuesOf } from '../../../src/core/values/resolver.js';
import { lintProbe } from '../probe.js';

/** `TextQueries.query` of the argument of every `probe(…)` call, and how many times `keep` was asked. */
function queries(code: string): { kept: string[] | undefined; implicit: boolean | undefined; asked: number }[] {
  const out: { kept: string[] | undefined; implicit: boolean | undefined; asked: number }[] = [];
  lintProbe(code, (context) => {
    let asked = 0;
    const texts = new TextQueries<string>(valuesOf(context), (name, value) => {
      asked += 1;
      return name.startsWith('skip') ? undefined : `${name}=${value}`;
    });
    return {
      CallExpression: (node) => {
        const [arg] = node.arguments;
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe' || !arg) return;
        asked = 0;
        const read = texts.query(arg, context.sourceCode.getScope(arg));
        out.push({ kept: read?.kept.slice(), implicit: read?.implicit, asked });
      },
    };
  });
  return out;
}

describe('TextQueries', () => {
  it('reads the query of a known text put together from pieces, keeping what keep returns', () => {
    const code = "const A = 'https://x.test/a?p=1';\nconst B = A + '&skip_me=2' + `&k=${'v'}`;\nprobe(B + '#frag&z=9');\nprobe('&a=1&b=2');\nprobe('no query');";
    expect(queries(code)).toEqual([
      { kept: ['p=1', 'k=v'], implicit: false, asked: 3 },
      { kept: ['a=1', 'b=2'], implicit: true, asked: 2 },
      { kept: undefined, implicit: undefined, asked: 0 },
    ]);
  });

  it('reads each piece of a chain of constants once, however many roots use it', () => {
    const links = Array.from({ length: 40 }, (_, i) => `const c${String(i + 1)} = c${String(i)} + '&p${String(i + 1)}=${String(i + 1)}';`);
    const code = ["const c0 = '/x?p0=0';", ...links, 'probe(c40);', 'probe(c40);', "probe(c40 + '&q=1');"].join('\n');
    const [first, second, third] = queries(code);
    expect(first?.kept).toHaveLength(41);
    expect(first?.asked).toBe(41);
    // cached: only the first and the last segment are read again (they end where the text ends)
    expect(second).toEqual({ kept: first?.kept, implicit: false, asked: 2 });
    expect(third?.kept?.at(-1)).toBe('q=1');
    expect(third?.asked).toBe(3); // the first segment, c40's last (now followed by &), and q
  });
});
