import { describe, expect, it } from 'vitest';
import { hasOtherScheme, hasSocketScheme, isSocketName } from '../../../src/core/sinks/sockets.js';
import type { StringPart } from '../../../src/core/values/static.js';

const text = (value: string): StringPart[] => [{ kind: 'text', value, node: undefined as never }];
const hole: StringPart[] = [{ kind: 'hole', node: undefined as never }];

describe('hasOtherScheme', () => {
  it.each(['otpauth://totp/x?secret=', 'mailto:a@b.example?subject=', 'data:text/plain,x', 'javascript:void(0)', 'myapp://callback?x=', 'tel:+1'])('%s is no request', (url) => {
    expect(hasOtherScheme(text(url))).toBe(true);
  });

  it.each(['https://api.example.com/x?', 'http://x', 'wss://x', 'ws://x', 'localhost:3000/x?', '/api/x?', '?a=1', 'api.example.com:443/x'])('%s may be requested', (url) => {
    expect(hasOtherScheme(text(url))).toBe(false);
  });

  it('says nothing of a URL that starts with a hole', () => {
    expect(hasOtherScheme(hole)).toBe(false);
    expect(hasSocketScheme(hole)).toBe(false);
  });
});

describe('hasSocketScheme', () => {
  it('knows ws: and wss:', () => {
    expect(hasSocketScheme(text('wss://rt.example.com/v1?'))).toBe(true);
    expect(hasSocketScheme(text('WS://localhost:8080/'))).toBe(true);
    expect(hasSocketScheme(text('https://x'))).toBe(false);
  });
});

describe('isSocketName', () => {
  it.each(['brokerURL', 'socketUrl', 'wsUrl', 'WEBSOCKET_ENDPOINT', 'createRealtimeSocket', 'stompClient', 'mqttUrl'])('%s is a socket name', (name) => {
    expect(isSocketName(name)).toBe(true);
  });

  it.each(['newsUrl', 'apiUrl', 'url', 'wsdl', undefined])('%s is not', (name) => {
    expect(isSocketName(name)).toBe(false);
  });
});
