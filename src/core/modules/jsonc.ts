/**
 * JSON with comments, as `tsconfig.json` and `jsconfig.json` are written: `//` and `/* … *\/` comments
 * and trailing commas are removed outside strings, then `JSON.parse` reads the rest. No dependency:
 * `typescript` (which has a full reader) is a dev dependency of this package, never a run-time one.
 */

/**
 * The text with its comments and trailing commas blanked out (replaced by spaces, so a parse error
 * still points at the right offset). Strings are copied as they are, escapes included.
 */
export function stripJsonc(text: string): string {
  let out = '';
  let i = 0;
  /** Where a comma was copied, while only whitespace and comments followed it. */
  let pendingComma = -1;
  while (i < text.length) {
    const char = text.charAt(i);
    const next = text.charAt(i + 1);
    if (char === '"') {
      let end = i + 1;
      while (end < text.length && text.charAt(end) !== '"') end += text.charAt(end) === '\\' ? 2 : 1;
      out += text.slice(i, end + 1);
      i = end + 1;
      pendingComma = -1;
    } else if (char === '/' && next === '/') {
      let end = i;
      while (end < text.length && text.charAt(end) !== '\n') end += 1;
      out += ' '.repeat(end - i);
      i = end;
    } else if (char === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close === -1 ? text.length : close + 2;
      out += text.slice(i, end).replace(/[^\n]/gu, ' ');
      i = end;
    } else if (char === ',') {
      pendingComma = out.length;
      out += char;
      i += 1;
    } else if ((char === '}' || char === ']') && pendingComma !== -1) {
      out = `${out.slice(0, pendingComma)} ${out.slice(pendingComma + 1)}${char}`;
      pendingComma = -1;
      i += 1;
    } else {
      if (!/\s/u.test(char)) pendingComma = -1;
      out += char;
      i += 1;
    }
  }
  return out;
}

/** Parses JSON with comments and trailing commas; throws on anything else that is not JSON. */
export function parseJsonc(text: string): unknown {
  // A byte order mark is allowed at the start of a tsconfig file.
  return JSON.parse(stripJsonc(text.startsWith('\uFEFF') ? text.slice(1) : text));
}
