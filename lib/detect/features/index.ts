import { aiVocabulary } from './ai-vocabulary';
import { assistantPhrases } from './assistant-phrases';
import { dashesAndCommas } from './dashes-and-commas';
import { informalPunctuation } from './informal-punctuation';
import { irregularities } from './irregularities';
import { personalVoice } from './personal-voice';
import { sentenceUniformity } from './sentence-uniformity';
import type { Signal } from './types';

/**
 * Every hand-made signal the model adds to its n-gram score, in the order of its weights. A signal not
 * listed here is not used.
 */
export const SIGNALS: readonly Signal[] = [
  assistantPhrases,
  aiVocabulary,
  sentenceUniformity,
  personalVoice,
  irregularities,
  informalPunctuation,
  dashesAndCommas,
];
