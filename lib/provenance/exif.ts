import ExifReader from 'exifreader';
import { generatorIn } from './generators';

/** EXIF tags in which generators name themselves. */
const TAGS = ['Software', 'UserComment', 'ImageDescription', 'Artist', 'Make'] as const;

function text(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const tag = value as { description?: unknown; value?: unknown };
  if (typeof tag.description === 'string') return tag.description;
  if (typeof tag.value === 'string') return tag.value;
  return undefined;
}

export async function readExifGenerator(bytes: Uint8Array): Promise<{ tag: string; value: string; generator: string } | undefined> {
  let tags: Record<string, unknown>;
  try {
    tags = ExifReader.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  for (const tag of TAGS) {
    const value = text(tags[tag]);
    const generator = generatorIn(value);
    if (value && generator) return { tag, value, generator };
  }
  return undefined;
}
