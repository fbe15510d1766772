import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { fileFacts, type FileFacts } from '../../src/core/files/file.js';
import { expressionVerdict, knownValueVerdict, namesCredential, privateValueVerdict, type ValueVerdict } from '../../src/core/values/credential.js';
import { valuesOf } from '../../src/core/values/resolver.js';
import { fake } from '../fixtures/fake.js';
import { lintProbe } from './probe.js';

/** The file facts of a plain source file, and the verdict on the argument of every `probe(…)` call. */
function judged(code: string): { facts: FileFacts | undefined; verdicts: (ValueVerdict | undefined)[] } {
  const verdicts: (ValueVerdict | undefined)[] = [];
  let facts: FileFacts | undefined;
  lintProbe(code, (context) => {
    facts = fileFacts(context);
    return {
      CallExpression(node) {
        const [arg] = node.arguments;
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe' || !arg || !facts) return;
        verdicts.push(expressionVerdict(facts, valuesOf(context), arg));
      },
    };
  });
  return { facts, verdicts };
}

describe('credential values', () => {
  const token = fake.mpAccessToken(3);

  it('takes a known text for a credential when it is a private catalogued one or looks like a secret, never showing it', () => {
    const { facts } = judged('');
    if (!facts) throw new Error('no facts');
    const verdict = knownValueVerdict(facts, ` ${token} `);
    expect(verdict?.kind).toBe('static');
    expect(JSON.stringify(verdict)).not.toContain(token.slice(8, 24));
    expect(knownValueVerdict(facts, fake.mpPublicKey(3))).toBeUndefined(); // catalogued, public
    expect(knownValueVerdict(facts, 'YOUR_ACCESS_TOKEN')).toBeUndefined(); // placeholder
    expect(knownValueVerdict(facts, 'short1')).toBeUndefined();
    expect(knownValueVerdict(facts, 'f3K9qLz2Xw8Rt5Vb7Nm1')?.kind).toBe('static'); // uncatalogued, secret-looking
    expect(privateValueVerdict(facts, token)?.kind).toBe('static');
    expect(privateValueVerdict(facts, 'f3K9qLz2Xw8Rt5Vb7Nm1')).toBeUndefined(); // only catalogued private shapes
  });

  it('takes a run-time value for a possible credential unless its names say public (a public env prefix alone does not)', () => {
    const code = `const K = '${token}';\nprobe(getToken());\nprobe(K);\nprobe(process.env.NEXT_PUBLIC_MAPBOX_ACCESS_TOKEN);\nprobe(process.env.NEXT_PUBLIC_API_SECRET);\nprobe(publishableKey);\nprobe('page');\nprobe({});`;
    expect(judged(code).verdicts.map((v) => v?.kind)).toEqual(['dynamic', 'static', undefined, 'dynamic', undefined, undefined, undefined]);
  });

  it('reads a name as saying credential after a public env prefix, or with jwt and bearer', () => {
    expect(['accessToken', 'MP_ACCESS_TOKEN', 'VITE_CLIENT_SECRET', 'userJwt', 'bearerValue'].map(namesCredential)).toEqual([true, true, true, true, true]);
    expect(['page', 'publicKey', 'state'].map(namesCredential)).toEqual([false, false, false]);
  });
});
