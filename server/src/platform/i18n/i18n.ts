// The two languages of the platform and how a request picks one.
export type Lang = 'zh' | 'en';
export interface Text {
  zh: string;
  en: string;
}

/** zh-CN unless the client asks for English first (Accept-Language: en, en-US, …). */
export function langFromHeader(header: string | undefined): Lang {
  if (!header) return 'zh';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

export function fill(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}
