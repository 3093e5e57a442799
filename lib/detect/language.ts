/**
 * A small language check: the share of a passage's words that are the commonest function words of
 * each language. Function words make up a large part of any running text, so a few dozen per language
 * tell English from its neighbours on a paragraph; the detector is trained on English only.
 */
const STOPWORDS: Record<string, readonly string[]> = {
  English: ['the', 'and', 'of', 'to', 'a', 'in', 'is', 'it', 'that', 'for', 'was', 'on', 'with', 'as', 'this', 'be', 'are', 'have', 'at', 'by', 'not', 'but', 'from', 'or', 'they', 'you', 'we', 'he', 'she', 'an', 'which', 'their', 'there', 'has', 'had', 'were', 'been', 'will', 'would', 'i', 'my', 'so', 'if', 'what', 'about', 'all', 'can', 'do', 'when', 'our', 'who'],
  French: ['le', 'la', 'les', 'de', 'des', 'du', 'et', 'en', 'un', 'une', 'est', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'aux', 'avec', 'ce', 'cette', 'il', 'elle', 'nous', 'vous', 'ils', 'sont', 'par', 'plus', 'mais', 'ou', 'se', 'son', 'sa', 'ses', 'été', 'avait', 'était', 'leur', 'à'],
  German: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'zu', 'den', 'dem', 'des', 'mit', 'sich', 'auf', 'für', 'von', 'im', 'auch', 'es', 'an', 'als', 'wie', 'wir', 'ich', 'sie', 'er', 'bei', 'aus', 'nach', 'wird', 'wurde', 'oder', 'aber', 'noch', 'zum', 'zur', 'einer', 'dass'],
  Spanish: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'un', 'una', 'es', 'que', 'por', 'para', 'con', 'no', 'se', 'su', 'sus', 'al', 'lo', 'como', 'más', 'pero', 'fue', 'son', 'esta', 'este', 'ha', 'muy', 'también', 'entre', 'cuando', 'sin', 'sobre'],
  Italian: ['il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'e', 'è', 'che', 'un', 'una', 'per', 'non', 'con', 'si', 'da', 'in', 'sono', 'come', 'anche', 'più', 'ma', 'nel', 'nella', 'alla', 'dei', 'delle'],
  Portuguese: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'em', 'um', 'uma', 'que', 'não', 'para', 'com', 'por', 'se', 'na', 'no', 'mais', 'como', 'mas', 'foi', 'ao', 'ele', 'ela', 'são', 'também'],
  // Indonesian first among the languages Assay's users write in; Malay shares most of these words,
  // so a Malay text is named Indonesian, which is close enough to say why it was not judged.
  Indonesian: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'saya', 'ke', 'karena', 'ada', 'bisa', 'atau', 'mereka', 'kami', 'kita', 'adalah', 'sudah', 'oleh', 'sebagai', 'lebih', 'telah', 'para', 'bahwa', 'secara', 'kepada', 'dapat', 'harus', 'belum', 'sangat', 'anda', 'kamu', 'agar', 'namun', 'jika', 'tetapi', 'seperti', 'hanya', 'setelah', 'masih', 'banyak'],
  Dutch: ['de', 'het', 'een', 'en', 'van', 'in', 'is', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'niet', 'die', 'er', 'aan', 'ook', 'als', 'maar', 'bij', 'nog', 'wordt', 'werd', 'naar', 'om', 'ik', 'je', 'wij', 'zij'],
};
const SETS = Object.fromEntries(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)]));

/** English prose has 35–55% function words from the list; below this share it is not English prose. */
export const MIN_ENGLISH_SHARE = 0.18;
/** Words needed before the check speaks; shorter passages are judged by word count anyway. */
const MIN_WORDS = 8;

export interface LanguageGuess {
  english: boolean;
  /** The most likely language when it is not English, if one stands out. */
  language?: string;
  englishShare: number;
}

export function guessLanguage(words: readonly string[]): LanguageGuess {
  if (words.length < MIN_WORDS) return { english: true, englishShare: 1 };
  const shares: Record<string, number> = {};
  for (const [lang, set] of Object.entries(SETS)) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    shares[lang] = hits / words.length;
  }
  const englishShare = shares.English ?? 0;
  const [best, bestShare] = Object.entries(shares).sort((a, b) => b[1] - a[1])[0]!;
  const english = englishShare >= MIN_ENGLISH_SHARE && (best === 'English' || englishShare >= bestShare * 0.8);
  return english ? { english, englishShare } : { english, englishShare, language: bestShare >= 0.15 ? best : undefined };
}

/**
 * The language of a whole document when it is not English (undefined when it is English or too short
 * to tell): a document is judged on its prose together, so the check reads all of it at once.
 */
export function documentLanguage(text: string): string | undefined {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? []) as string[];
  const guess = guessLanguage(words);
  if (guess.english) return undefined;
  return guess.language ?? 'a language other than English';
}
