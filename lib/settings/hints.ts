import { storage } from 'wxt/utils/storage';

/**
 * First-run hints the user has dismissed. The highlight legend shows until "Got it": a red box on a
 * page is otherwise unexplained until hovered.
 */
export const highlightLegendSeen = storage.defineItem<boolean>('local:hint.highlightLegend', { fallback: false });
