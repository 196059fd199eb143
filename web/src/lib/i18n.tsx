// Two fixed languages: texts are written inline as t('中文', 'English') next to where they are used, the same
// { zh, en } shape the shared contracts use for labels, so no key catalogue has to be kept in step.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from 'antd/es/locale';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { getLang, storeLang, type Lang } from './language';

export type { Lang } from './language';

export interface Label {
  zh: string;
  en: string;
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The text in the current language. */
  t: (zh: string, en: string) => string;
  /** A contract label ({ zh, en }) in the current language. */
  label: (l: Label | undefined, fallback?: string) => string;
  antdLocale: Locale;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(getLang);
  // The English antd locale is loaded only when chosen, keeping it out of the sign-in bundle.
  const [enLocale, setEnLocale] = useState<Locale | null>(null);

  useEffect(() => {
    document.documentElement.lang = lang;
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    if (lang === 'en' && !enLocale) {
      void import('antd/es/locale/en_US').then((m) => setEnLocale(m.default));
    }
  }, [lang, enLocale]);

  const setLang = useCallback((next: Lang) => {
    storeLang(next);
    setLangState(next);
  }, []);

  const value = useMemo<I18nValue>(() => {
    const en = lang === 'en';
    return {
      lang,
      setLang,
      t: (zh, enText) => (en ? enText : zh),
      label: (l, fallback = '') => (l ? (en ? l.en : l.zh) : fallback),
      antdLocale: en ? (enLocale ?? zhCN) : zhCN,
    };
  }, [lang, setLang, enLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
