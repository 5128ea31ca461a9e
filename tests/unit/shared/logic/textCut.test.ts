import { describe, expect, it } from 'vitest';
import { cutAtWordWithEllipsis, cutWithEllipsis, wholeCharacterPrefix } from '../../../../shared/logic/textCut';

/** True when the text holds half of a surrogate pair. */
const hasBrokenSurrogate = (text: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('cutting text without breaking a character', () => {
  it('leaves text that fits alone, including the empty text', () => {
    expect(wholeCharacterPrefix('', 5)).toBe('');
    expect(cutWithEllipsis('Price corridor', 14)).toBe('Price corridor');
    expect(cutAtWordWithEllipsis('Price corridor', 14)).toBe('Price corridor');
  });

  it('never ends in half an emoji, a flag or a letter without its accent', () => {
    const text = 'ab😀😀 🇪🇸 cafe\u0301 👩‍👩‍👧 end';
    for (let max = 0; max <= text.length; max += 1) {
      const prefix = wholeCharacterPrefix(text, max);
      expect(prefix.length).toBeLessThanOrEqual(max);
      expect(text.startsWith(prefix)).toBe(true);
      expect(hasBrokenSurrogate(prefix), `max ${max}: ${JSON.stringify(prefix)}`).toBe(false);
      const cut = cutWithEllipsis(text, Math.max(1, max));
      expect(cut.length).toBeLessThanOrEqual(Math.max(1, max));
      expect(hasBrokenSurrogate(cut)).toBe(false);
    }
    // "e" + combining acute stays whole: cut before it rather than between the two.
    expect(wholeCharacterPrefix('cafe\u0301', 4)).toBe('caf');
    // Plain slice would have kept one half of the second emoji.
    expect(wholeCharacterPrefix('ab😀😀', 5)).toBe('ab😀');
  });

  it('cuts at the last space in the second half, otherwise mid-word, and adds one ellipsis', () => {
    expect(cutAtWordWithEllipsis('Clean up the CRM and put it on a tablet', 20)).toBe('Clean up the CRM…');
    expect(cutAtWordWithEllipsis('Supercalifragilistic expialidocious', 12)).toBe('Supercalifr…');
    expect(cutWithEllipsis('Clean up the CRM', 10)).toBe('Clean up…');
  });

  it('cuts a text of megabytes at a long limit as it cuts a short one', () => {
    const long = '😀'.repeat(2_000_000);
    expect(cutWithEllipsis(long, 41)).toBe(`${'😀'.repeat(20)}…`);
    expect(wholeCharacterPrefix(long, 20_001)).toBe('😀'.repeat(10_000));
  });
});
