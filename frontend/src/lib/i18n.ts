import dayjs from 'dayjs';
import 'dayjs/locale/id';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import enAuth from '@/locales/en/auth.json';
import enCommon from '@/locales/en/common.json';
import idAuth from '@/locales/id/auth.json';
import idCommon from '@/locales/id/common.json';
import type idAccount from '@/locales/id/account.json';
import type idAudit from '@/locales/id/audit.json';
import type idChange from '@/locales/id/change.json';
import type idDeliberation from '@/locales/id/deliberation.json';
import type idFieldWork from '@/locales/id/field-work.json';
import type idHousehold from '@/locales/id/household.json';
import type idInbox from '@/locales/id/inbox.json';
import type idIntake from '@/locales/id/intake.json';
import type idReport from '@/locales/id/report.json';
import type idResident from '@/locales/id/resident.json';
import type idRounds from '@/locales/id/rounds.json';
import type idSupervision from '@/locales/id/supervision.json';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];

/** Bahasa Indonesia unless the user chose otherwise on this browser. */
export const defaultLanguage: Language = 'id';

const storageKey = 'verivali.language';

/**
 * What the sign-in page says. The screens' own namespaces come with the signed-in frame
 * (`i18n-screens.ts`): a first visit does not download every screen's words in two languages.
 */
const firstResources = {
  id: { common: idCommon, auth: idAuth },
  en: { common: enCommon, auth: enAuth },
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof idCommon;
      auth: typeof idAuth;
      household: typeof idHousehold;
      inbox: typeof idInbox;
      intake: typeof idIntake;
      supervision: typeof idSupervision;
      report: typeof idReport;
      audit: typeof idAudit;
      deliberation: typeof idDeliberation;
      change: typeof idChange;
      rounds: typeof idRounds;
      account: typeof idAccount;
      'field-work': typeof idFieldWork;
      resident: typeof idResident;
    };
  }
}

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** The signed-in official, whose choice of language is kept apart from others sharing the browser. */
let languageOwner: string | undefined;

const userStorageKey = (username: string) => `${storageKey}.${username}`;

function stored(key: string): Language | undefined {
  try {
    const value = localStorage.getItem(key);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function storedLanguage(): Language {
  return stored(storageKey) ?? defaultLanguage;
}

void i18n.use(initReactI18next).init({
  resources: firstResources,
  lng: storedLanguage(),
  fallbackLng: defaultLanguage,
  supportedLngs: languages,
  ns: Object.keys(firstResources.id),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  // The translations are bundled: ready before the first render.
  initAsync: false,
});

function applyLanguage(language: string) {
  document.documentElement.lang = language;
  // Ant Design's date pickers name months and weekdays through dayjs's global locale.
  dayjs.locale(language === 'id' ? 'id' : 'en');
}

applyLanguage(i18n.language);
i18n.on('languageChanged', (language) => {
  applyLanguage(language);
  try {
    localStorage.setItem(storageKey, language);
    if (languageOwner) {
      localStorage.setItem(userStorageKey(languageOwner), language);
    }
  } catch {
    // Private browsing may refuse storage: the choice then lasts until the page is closed.
  }
});

/**
 * Adds namespaces that came with a later chunk (a screen's words, in both languages); one already there is kept, so
 * that two chunks carrying the same words may arrive in any order.
 */
export function registerWords(bundles: Record<Language, Record<string, object>>) {
  for (const language of languages) {
    for (const [namespace, bundle] of Object.entries(bundles[language])) {
      if (!i18n.hasResourceBundle(language, namespace)) {
        i18n.addResourceBundle(language, namespace, bundle);
      }
    }
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : defaultLanguage;
}

export function changeLanguage(language: Language) {
  return i18n.changeLanguage(language);
}

/**
 * From sign-in on, the language is the user's own: a village office often shares one computer, and each official
 * gets back the language they last chose there. Until they choose, the browser's last choice stays.
 */
export function followLanguageOf(username: string | undefined) {
  languageOwner = username;
  const own = username === undefined ? undefined : stored(userStorageKey(username));
  if (own && own !== i18n.language) {
    return i18n.changeLanguage(own);
  }
  return Promise.resolve();
}

/** The BCP 47 locale for numbers and dates: Indonesian, or English with day-month-year dates. */
export function intlLocale(language: Language = currentLanguage()) {
  return language === 'id' ? 'id-ID' : 'en-GB';
}

export default i18n;
