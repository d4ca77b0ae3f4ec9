import { describe, expect, it } from 'vitest';
import { isOutscaleKeyText, TEXT_PROBLEMS, textProblem } from './text.ts';

describe('what a typed text may contain', () => {
  it('takes any language, emoji, RTL marks and markup as they are', () => {
    for (const text of [
      'Nimbus Linux',
      'Élodie Ñúñez',
      '株式会社',
      'مرحبا\u200f',
      '🚀 fusée 👩‍💻',
      "<b>'; DROP TABLE x;--",
    ]) {
      expect(textProblem(text)).toBeNull();
      expect(textProblem(text, 'multiline')).toBeNull();
    }
  });

  it('refuses NUL and the other control characters on one line, tabs and line breaks included', () => {
    for (const text of [
      'a\u0000b',
      '\u0001',
      'a\tb',
      'a\nb',
      'a\rb',
      '\u001b[31m',
      '\u007f',
      '\u0085',
      '\u009f',
    ]) {
      expect(textProblem(text)).toBe('control_character');
    }
  });

  it('keeps tabs and line breaks in a multi-line text, not NUL or the other controls', () => {
    expect(textProblem('First line\r\n\tsecond line\n', 'multiline')).toBeNull();
    for (const text of ['a\u0000b', '\u0008', '\u000b', '\u000c', '\u001f', '\u007f', '\u0080']) {
      expect(textProblem(text, 'multiline')).toBe('control_character');
    }
  });

  it('refuses half of a surrogate pair, alone or misordered, and keeps whole pairs', () => {
    expect(textProblem('\ud83d\ude80')).toBeNull();
    for (const text of ['\ud800', 'a\udc00b', '\ude80\ud83d', `${'x'.repeat(10)}\udbff`]) {
      expect(textProblem(text)).toBe('lone_surrogate');
      expect(textProblem(text, 'multiline')).toBe('lone_surrogate');
    }
  });

  it('says each problem in English and French', () => {
    for (const shapes of Object.values(TEXT_PROBLEMS)) {
      for (const text of Object.values(shapes)) {
        expect(text.en).not.toBe('');
        expect(text.fr).not.toBe(text.en);
      }
    }
  });

  it('takes OUTSCALE keys as printable ASCII without spaces only', () => {
    expect(isOutscaleKeyText('AKIAEXAMPLE0123456789')).toBe(true);
    expect(isOutscaleKeyText('s3cr3t/+=Key~!')).toBe(true);
    for (const key of ['AKIA EXAMPLE', 'AKIAÉXAMPLE', 'AKIA\u0000', 'AKIA\tX', 'ключ', '\ud800', '🔑']) {
      expect(isOutscaleKeyText(key)).toBe(false);
    }
  });
});
