/**
 * Names of image generators as they appear in EXIF Software, XMP CreatorTool or PNG text. Each pattern
 * names a product whose output is generative AI; sources: the products' own documentation of the
 * metadata they write (Stable Diffusion WebUI `parameters`, ComfyUI `prompt`/`workflow`, Midjourney and
 * DALL·E descriptions, Adobe Firefly's Software tag).
 */
export const GENERATOR_PATTERNS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'Midjourney', pattern: /\bmidjourney\b/i },
  { name: 'DALL·E', pattern: /\bdall[\s·.-]?e\b/i },
  { name: 'Stable Diffusion', pattern: /\bstable[\s-]?diffusion\b|\bsdxl\b/i },
  { name: 'Adobe Firefly', pattern: /\bfirefly\b/i },
  { name: 'Google Imagen', pattern: /\bimagen\b/i },
  { name: 'NovelAI', pattern: /\bnovelai\b/i },
  { name: 'Leonardo.Ai', pattern: /\bleonardo\.?ai\b/i },
  { name: 'ComfyUI', pattern: /\bcomfyui\b/i },
  { name: 'InvokeAI', pattern: /\binvoke\s?ai\b/i },
  { name: 'Flux', pattern: /\bflux\.?1\b/i },
  { name: 'Ideogram', pattern: /\bideogram\b/i },
];

export function generatorIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return GENERATOR_PATTERNS.find((g) => g.pattern.test(text))?.name;
}

/** Stable Diffusion WebUI writes its settings as "…Steps: 20, Sampler: …, CFG scale: 7, Seed: …". */
export function looksLikeWebUiParameters(text: string): boolean {
  return /\bSteps:\s*\d+/.test(text) && /\b(Sampler|CFG scale|Seed):/.test(text);
}

/** ComfyUI stores its node graph as JSON with "class_type" entries. */
export function looksLikeComfyGraph(text: string): boolean {
  return /"class_type"\s*:|"nodes"\s*:\s*\[/.test(text);
}
