/**
 * 256 short, common English words, one per byte value, in alphabetical order: a key's fingerprint is
 * shown as words because people compare and read out words far more reliably than hex. Never reorder
 * or change a word: every fingerprint ever shown would change with it (a test pins the list's hash).
 */
export const FINGERPRINT_WORDS: readonly string[] = [
  'acorn', 'actor', 'adobe', 'agent', 'album', 'alder', 'alloy', 'amber', 'anchor', 'angel', 'ankle', 'apple',
  'apron', 'arch', 'arena', 'argon', 'arrow', 'aspen', 'atlas', 'attic', 'autumn', 'avenue', 'badge', 'bagel',
  'baker', 'bamboo', 'banjo', 'barley', 'barn', 'basil', 'basin', 'beach', 'beacon', 'bean', 'bear', 'beaver',
  'bell', 'berry', 'birch', 'bison', 'blade', 'blaze', 'bloom', 'bluff', 'bonnet', 'border', 'bottle', 'boulder',
  'bow', 'bramble', 'brass', 'bread', 'breeze', 'brick', 'bridge', 'brook', 'broom', 'bubble', 'bucket', 'bugle',
  'bundle', 'butter', 'cabin', 'cactus', 'camel', 'candle', 'canoe', 'canyon', 'captain', 'carbon', 'cargo',
  'carrot', 'castle', 'cedar', 'cello', 'chalk', 'cherry', 'chess', 'chimney', 'cider', 'cinder', 'circle', 'citrus',
  'clay', 'cliff', 'clover', 'cobalt', 'cocoa', 'comet', 'compass', 'copper', 'coral', 'cotton', 'cradle', 'crane',
  'crater', 'crayon', 'cricket', 'crystal', 'cupboard', 'dahlia', 'daisy', 'dawn', 'delta', 'desert', 'dew',
  'diamond', 'dolphin', 'domino', 'dove', 'dragon', 'drum', 'dune', 'eagle', 'easel', 'echo', 'elbow', 'ember',
  'emerald', 'engine', 'falcon', 'fern', 'ferry', 'fiddle', 'fig', 'flame', 'flint', 'flute', 'forest', 'fossil',
  'fox', 'garden', 'garnet', 'gazelle', 'geyser', 'ginger', 'glacier', 'globe', 'goose', 'granite', 'grape',
  'gravel', 'harbor', 'harp', 'hazel', 'heron', 'hickory', 'hill', 'honey', 'hornet', 'husky', 'igloo', 'indigo',
  'iris', 'island', 'ivory', 'jacket', 'jade', 'jasmine', 'jelly', 'jigsaw', 'jungle', 'kayak', 'kettle', 'kite',
  'koala', 'ladder', 'lagoon', 'lantern', 'larch', 'lava', 'lemon', 'lily', 'linen', 'lizard', 'lobster', 'lotus',
  'magnet', 'mango', 'maple', 'marble', 'meadow', 'melon', 'meteor', 'mint', 'mirror', 'moose', 'mosaic', 'moss',
  'motor', 'nectar', 'needle', 'nickel', 'nutmeg', 'oak', 'oasis', 'ocean', 'olive', 'onion', 'opal', 'orbit',
  'orchid', 'otter', 'owl', 'paddle', 'panda', 'paper', 'parrot', 'peach', 'pebble', 'pepper', 'piano', 'pigeon',
  'pine', 'planet', 'plum', 'pony', 'poppy', 'prism', 'pumpkin', 'quartz', 'quill', 'rabbit', 'radish', 'raven',
  'reef', 'ribbon', 'river', 'robin', 'rocket', 'saddle', 'salmon', 'sapphire', 'satin', 'scarf', 'shell', 'silver',
  'sparrow', 'spruce', 'squid', 'stone', 'summit', 'swan', 'tiger', 'timber', 'topaz', 'tulip', 'turtle', 'velvet',
  'violet', 'walnut', 'willow', 'wren', 'yarrow', 'zebra', 'zinnia',
];
