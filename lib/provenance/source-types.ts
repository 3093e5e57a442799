/**
 * The IPTC Digital Source Type vocabulary (https://cv.iptc.org/newscodes/digitalsourcetype/), as used by
 * C2PA actions and IPTC photo metadata, grouped by what it says about AI.
 */
export type SourceClass = 'generative' | 'composite-generative' | 'capture' | 'algorithmic' | 'other';

const CLASSES: Record<string, SourceClass> = {
  trainedAlgorithmicMedia: 'generative',
  compositeWithTrainedAlgorithmicMedia: 'composite-generative',
  compositeSynthetic: 'composite-generative',
  digitalCapture: 'capture',
  computationalCapture: 'capture',
  negativeFilm: 'capture',
  positiveFilm: 'capture',
  print: 'capture',
  algorithmicMedia: 'algorithmic',
  algorithmicallyEnhanced: 'algorithmic',
  digitalArt: 'other',
  composite: 'other',
  compositeCapture: 'capture',
  dataDrivenMedia: 'other',
  screenCapture: 'capture',
  virtualRecording: 'other',
  humanEdits: 'other',
  minorHumanEdits: 'other',
};

/** The vocabulary term of a source-type URI ("…/digitalsourcetype/digitalCapture" → digitalCapture). */
export function sourceTypeTerm(uri: string): string {
  return uri.trim().split('/').pop() ?? uri.trim();
}

export function classifySourceType(uri: string): SourceClass {
  return CLASSES[sourceTypeTerm(uri)] ?? 'other';
}

export const SOURCE_CLASS_TEXT: Record<SourceClass, string> = {
  generative: 'made by generative AI',
  'composite-generative': 'a composite that includes generative-AI elements',
  capture: 'captured by a camera or scanner',
  algorithmic: 'made by a non-AI algorithm',
  other: 'of a stated origin that is not AI generation',
};
