import { plural, t } from '../lib/i18n';
/** Small display helpers shared by popup and dashboard. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}


export function relativeTime(then: number, now = Date.now()): string {
  const seconds = Math.round((now - then) / 1000);
  if (seconds < 45) return t('time.justNow');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return plural('time.minutes', minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 24) return plural('time.hours', hours);
  const days = Math.round(hours / 24);
  return plural('time.days', days);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}
export { probability } from '../lib/report/numbers';
export { excerpt } from '../lib/report/labels';
