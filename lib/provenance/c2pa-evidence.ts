import type { C2paProblem, C2paSummary, Evidence, ProvenanceVerdict } from './schema';
import type { mediaNoun } from './sniff';
import { classifySourceType, SOURCE_CLASS_TEXT, sourceTypeTerm } from './source-types';

/**
 * Content Credentials in words: what the checks found (from the status table in c2pa-status.ts) and
 * what the credentials say about how the file was made.
 */
export type MediaNoun = ReturnType<typeof mediaNoun>;

export interface C2paFindings {
  verdict: ProvenanceVerdict;
  evidence: Evidence[];
  /** Valid (or not fully checkable) credentials that state no source type anywhere. */
  silent: boolean;
  /** The source-type classes the credentials state for this file itself. */
  statedClasses: Set<ReturnType<typeof classifySourceType>>;
}

const wordsOf = (problems: readonly C2paProblem[], noun: MediaNoun) =>
  [...new Set(problems.map((p) => (p.where === 'an ingredient' ? `in an ingredient (a file it was made from), ${p.words}` : p.words).replaceAll('{media}', noun)))].join('; ');

/** Hard-binding problems: the ones that leave open whether the file still matches its credentials. */
const BINDING = /^(assertion\.(dataHash|bmffHash|boxesHash|collectionHash|multiAssetHash)\.|claim\.hardBindings\.)/;

function trustText(summary: C2paSummary, noun: MediaNoun): string {
  const bindingUnchecked = (summary.problems ?? []).some((p) => !p.identity && p.effect === 'unchecked' && BINDING.test(p.code));
  const unchecked = bindingUnchecked ? `signature valid, but whether the ${noun} still matches them could not be checked here` : 'signature valid, but part of them could not be checked here';
  const base = summary.validation === 'valid' ? 'valid, signer trusted' : summary.validation === 'unchecked' ? unchecked : 'valid, but the signer is not on the trust list';
  return summary.certificateExpiredSinceSigning ? `${base}; signed while the signer's certificate was valid, by a time-stamp whose authority is not on the trust list, and the certificate has expired since` : base;
}

function identityEvidence(summary: C2paSummary, noun: MediaNoun): Evidence[] {
  const problems = (summary.problems ?? []).filter((p) => p.identity && p.where === 'this file');
  if (summary.identity === 'invalid')
    return [{ source: 'c2pa', strength: 'strong', finding: `The identity assertion in the credentials (who they name as the maker) is invalid: ${wordsOf(problems.filter((p) => p.effect !== 'unchecked'), noun)}; the credentials themselves and the ${noun} are not affected`, details: { identity: 'invalid', codes: problems.map((p) => p.code).join(', ') } }];
  if (summary.identity === 'unchecked')
    return [{ source: 'c2pa', strength: 'weak', finding: `The identity assertion in the credentials (who they name as the maker) could not be checked here: ${wordsOf(problems, noun)}`, details: { identity: 'unchecked', codes: problems.map((p) => p.code).join(', ') } }];
  return [];
}

export function c2paEvidence(summary: C2paSummary, noun: MediaNoun): C2paFindings {
  const active = summary.manifests.find((m) => m.active) ?? summary.manifests[0];
  const base = { signer: active?.signer ?? 'unknown', generator: active?.claimGenerator ?? 'unknown', validation: summary.validation };
  const codes = summary.validationCodes.join(', ');
  const credentialProblems = (summary.problems ?? []).filter((p) => !p.identity);
  const statedClasses = new Set<ReturnType<typeof classifySourceType>>();
  if (summary.validation === 'tampered' || summary.validation === 'invalid') {
    const shown = credentialProblems.filter((p) => p.effect === summary.validation);
    const intact = summary.validation === 'invalid' && summary.contentMatches ? `. The ${noun} itself still matches what was signed` : '';
    const finding = summary.validation === 'tampered' ? `Content Credentials present, but ${wordsOf(shown, noun)}` : `Content Credentials present, but invalid: ${wordsOf(shown, noun)}${intact}`;
    return { verdict: 'credentials-invalid', evidence: [{ source: 'c2pa', strength: 'strong', finding, details: { ...base, codes } }, ...identityEvidence(summary, noun)], silent: false, statedClasses };
  }
  const trust = trustText(summary, noun);
  // Not fully checked: what the credentials say counts, but not as strongly as a complete check.
  const strength = summary.validation === 'unchecked' ? 'moderate' : 'strong';
  const evidence: Evidence[] = [];
  let generative: 'full' | 'composite' | undefined;
  let captured = false;
  let algorithmic = false;
  for (const manifest of summary.manifests) {
    for (const action of manifest.actions) {
      if (!action.digitalSourceType) continue;
      const cls = classifySourceType(action.digitalSourceType);
      const where = manifest.active ? `this ${noun}` : `an ingredient of this ${noun}`;
      const agent = action.softwareAgent ? ` by ${action.softwareAgent}` : '';
      if (manifest.active) statedClasses.add(cls);
      if (cls === 'generative' || cls === 'composite-generative') {
        if (manifest.active) generative = cls === 'generative' && generative !== 'composite' ? 'full' : 'composite';
        else generative ??= 'composite';
      }
      if (cls === 'capture' && manifest.active) captured = true;
      if (cls === 'algorithmic' && manifest.active) algorithmic = true;
      evidence.push({
        source: 'c2pa',
        strength,
        finding: `Content Credentials (${trust}) say ${where} was ${SOURCE_CLASS_TEXT[cls]}${agent} (${action.action.replace(/^c2pa\./, '')}, ${sourceTypeTerm(action.digitalSourceType)})`,
        details: { ...base, action: action.action, digitalSourceType: sourceTypeTerm(action.digitalSourceType), ...(action.softwareAgent ? { softwareAgent: action.softwareAgent } : {}), manifest: manifest.label },
      });
    }
  }
  const silent = evidence.length === 0;
  const silence = active?.actions.length ? `record edits but do not state how the ${noun} was first made` : `do not state how the ${noun} was made`;
  if (silent) evidence.push({ source: 'c2pa', strength, finding: `Content Credentials (${trust}) ${silence}`, details: base });
  const verdict: ProvenanceVerdict = generative === 'full' ? 'ai-generated' : generative === 'composite' ? 'ai-edited' : captured ? 'captured' : 'edited-origin-unknown';
  if (verdict === 'edited-origin-unknown' && algorithmic) evidence[0] = { ...evidence[0]!, finding: `${evidence[0]!.finding}: not generative AI` };
  const unchecked = credentialProblems.filter((p) => p.effect === 'unchecked');
  if (unchecked.length) evidence.push({ source: 'c2pa', strength: 'moderate', finding: `Part of the credentials could not be checked here: ${wordsOf(unchecked, noun)}`, details: { ...base, codes } });
  return { verdict, evidence: [...evidence, ...identityEvidence(summary, noun)], silent, statedClasses };
}
