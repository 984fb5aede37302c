// File-name slugs: folded like every match, no path, dot or space can get through, a fallback when nothing is left.
import { describe, expect, it } from 'vitest';
import { fileNameSlug } from './file-name-slug';

describe('fileNameSlug', () => {
  it.each([
    ['Müller', 'muller'],
    ['Anne Jørgensen', 'anne-jorgensen'],
    ["Jürgen O'Neil, MD", 'jurgen-oneil-md'],
    ['Siobhán O’Brien', 'siobhan-obrien'],
    ['García‐López', 'garcia-lopez'],
    ['Nguyễn Thị Đặng', 'nguyen-thi-dang'],
    ['Işık Şahin', 'isik-sahin'],
    ['../../etc/passwd', 'etc-passwd'],
  ])('%s -> %s', (name, slug) => {
    expect(fileNameSlug(name, 'kol')).toBe(slug);
  });

  it('falls back when no letter or digit is left, and caps the length without a trailing hyphen', () => {
    expect(fileNameSlug('王伟', 'kol')).toBe('kol');
    expect(fileNameSlug('...', 'data')).toBe('data');
    expect(fileNameSlug('a'.repeat(100), 'kol')).toHaveLength(60);
    expect(fileNameSlug('abc def', 'kol', 4)).toBe('abc');
  });
});
