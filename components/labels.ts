import type { DocumentLabel, SegmentLabel } from '../lib/schema/verdict';

/** One colour and one wording per label, shared by the popup, the dashboard and the toolbar badge. */
export const LABEL_COLORS: Record<DocumentLabel, string> = {
  human: '#15803d',
  mixed: '#b45309',
  ai: '#b91c1c',
  unknown: '#4b5563',
};

export const LABEL_TEXT: Record<DocumentLabel, string> = {
  human: 'Likely human',
  mixed: 'Mixed',
  ai: 'Likely AI',
  unknown: 'Not enough text',
};

export const SEGMENT_LABEL_TEXT: Record<SegmentLabel, string> = {
  human: 'Likely human',
  ai: 'Likely AI',
  unknown: 'Not judged',
};

export const SOURCE_TEXT: Record<string, string> = {
  page: 'Web page',
  docs: 'Google Docs',
  gmail: 'Gmail',
  outlook: 'Outlook',
  figma: 'Figma',
  file: 'File',
  sample: 'Sample',
};
