/**
 * Word and phrase lists behind the vocabulary signals. The "excess vocabulary" idea and many of the
 * words follow Kobak et al. 2024, "Delving into ChatGPT usage in academic writing through excess
 * vocabulary" (arXiv:2406.07016), which measured words whose frequency jumped after ChatGPT's release;
 * the stock phrases are the assistant formulas most often quoted in detection studies. The weights the
 * model gives them are learned from data; these lists only say where to look.
 */
export const ASSISTANT_PHRASES: readonly string[] = [
  'delve into', 'delves into', 'delving into', 'it is important to note', 'it is worth noting', "it's important to note",
  'in today\'s fast-paced', "in today's digital", 'in today\'s world', 'in the realm of', 'a testament to', 'plays a crucial role',
  'plays a pivotal role', 'play a crucial role', 'play a pivotal role', 'plays a vital role', 'in conclusion', 'overall,', 'ultimately,',
  'furthermore,', 'additionally,', 'moreover,', 'not only', 'but also', 'a wide range of', 'a rich tapestry', 'tapestry of',
  'ever-evolving', 'ever-changing', 'navigate the complexities', 'navigating the complexities', 'embark on', 'unlock the',
  'unleash the', 'harness the power', 'harnessing the power', 'foster a', 'fostering a', 'paves the way', 'pave the way',
  'stands as', 'serves as a', 'i hope this', 'feel free to', 'let me know if', 'as an ai', 'i cannot', 'by leveraging',
  'by prioritizing', 'by embracing', 'in summary', 'to summarize', 'overall, the', 'strike a balance', 'the importance of',
  'a deeper understanding', 'valuable insights', 'key takeaways', 'in essence', 'at its core', 'whether you\'re',
  'whether it\'s', 'when it comes to', 'cutting-edge', 'state-of-the-art', 'game-changer', 'look no further',
];

export const AI_FAVOURED_WORDS: ReadonlySet<string> = new Set([
  'delve', 'delves', 'delving', 'tapestry', 'crucial', 'pivotal', 'furthermore', 'additionally', 'moreover', 'comprehensive',
  'leverage', 'leveraging', 'foster', 'fostering', 'fosters', 'holistic', 'enhance', 'enhancing', 'enhances', 'ensure',
  'ensures', 'ensuring', 'vibrant', 'seamless', 'seamlessly', 'robust', 'landscape', 'realm', 'navigate', 'navigating',
  'underscore', 'underscores', 'underscoring', 'multifaceted', 'intricate', 'intricacies', 'testament', 'embark',
  'showcasing', 'showcase', 'showcases', 'meticulous', 'meticulously', 'commendable', 'notably', 'insights', 'invaluable',
  'paramount', 'profound', 'profoundly', 'resonate', 'resonates', 'unwavering', 'captivating', 'bustling', 'nestled',
  'elevate', 'elevating', 'empower', 'empowering', 'empowers', 'streamline', 'streamlining', 'innovative', 'dynamic',
  'diverse', 'vital', 'essential', 'significant', 'significantly', 'overall', 'ultimately', 'utilize', 'utilizing',
  'facilitate', 'facilitating', 'optimize', 'optimizing', 'encompassing', 'encompasses', 'boasts', 'boasting',
  'intriguing', 'noteworthy', 'garnered', 'heightened', 'evolving', 'cultivate', 'cultivating', 'endeavor', 'endeavors',
  'realm', 'unparalleled', 'transformative', 'insightful', 'nuanced', 'thoughtfully', 'thoughtful', 'align', 'aligns',
  'alignment', 'stakeholders', 'strategic', 'strategies', 'sustainable', 'sustainability', 'valuable', 'overarching',
]);

/** Contractions and first-person singular: a personal, spoken voice (evidence for a person, never against). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', "i'm", 'i’m', "i've", 'i’ve', "i'd", 'i’d', "i'll", 'i’ll']);
export const CONTRACTION = /\b\w+['’](?:s|t|re|ve|ll|d|m)\b/giu;
