import { aiVocabulary } from './ai-vocabulary';
import { assistantPhrases } from './assistant-phrases';
import { dashesAndCommas } from './dashes-and-commas';
import { informalPunctuation } from './informal-punctuation';
import { irregularities } from './irregularities';
import { lexical } from './lexical';
import { personalVoice } from './personal-voice';
import { sentenceUniformity } from './sentence-uniformity';
import { style } from './style';
import type { Signal } from './types';

/** Every signal the model uses, in the order of its weights. A signal not listed here is not used. */
export const SIGNALS: readonly Signal[] = [
  lexical,
  assistantPhrases,
  aiVocabulary,
  sentenceUniformity,
  personalVoice,
  irregularities,
  informalPunctuation,
  dashesAndCommas,
  style,
];
