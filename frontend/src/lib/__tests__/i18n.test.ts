import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import i18n, { changeLanguage, followLanguageOf, languages } from '../i18n';
import { resources } from '../i18n-screens';

type Tree = { [key: string]: string | Tree };

/** Every key path of a translation file; plural forms count as their base key. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    return typeof value === 'string' ? [path] : keys(value, `${path}.`);
  });
}

const files = import.meta.glob<Tree>('../../locales/*/*.json', { eager: true, import: 'default' });

function namespaces(language: string) {
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.includes(`/locales/${language}/`))
      .map(([path, tree]) => [path.replace(/^.*\/([\w-]+)\.json$/, '$1'), tree]),
  );
}

describe('translations', () => {
  it('have the same files and the same keys in Bahasa Indonesia and English', () => {
    const indonesian = namespaces('id');
    const english = namespaces('en');

    expect(Object.keys(english).sort()).toEqual(Object.keys(indonesian).sort());
    for (const [namespace, tree] of Object.entries(indonesian)) {
      const englishTree = english[namespace] as Tree;
      expect(new Set(keys(englishTree)), namespace).toEqual(new Set(keys(tree)));
    }
  });

  it('are all registered with i18next', () => {
    for (const language of languages) {
      expect(Object.keys(resources[language]).sort()).toEqual(
        Object.keys(namespaces(language)).sort(),
      );
    }
  });

  it('start in Bahasa Indonesia and remember the language the user chose', async () => {
    expect(i18n.language).toBe('id');
    expect(i18n.t('household:status.REMOVED')).toBe('Dihapus');
    expect(dayjs('2026-03-02').format('MMMM')).toBe('Maret');

    await changeLanguage('en');

    expect(i18n.t('household:status.REMOVED')).toBe('Removed');
    expect(localStorage.getItem('verivali.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(dayjs('2026-03-02').format('MMMM')).toBe('March');
  });

  it('gives each official on a shared browser their own language', async () => {
    await changeLanguage('id');
    await followLanguageOf('op-6112042002');
    await changeLanguage('en');

    await followLanguageOf('kades-6112042002');
    expect(i18n.language).toBe('en');
    await changeLanguage('id');

    await followLanguageOf('op-6112042002');
    expect(i18n.language).toBe('en');
    await followLanguageOf('kades-6112042002');
    expect(i18n.language).toBe('id');
    await followLanguageOf(undefined);
  });
});
