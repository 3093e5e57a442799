import { CertifyPanel } from './CertifyPanel';
import { CertificateHistory } from './CertificateHistory';
import { IdentityPanel } from './IdentityPanel';
import { VerifyPanel } from './VerifyPanel';
import type { CertifyDeps } from './deps';
import { PageHeader } from '../dashboard/shell/layout';
import { t } from '../../lib/i18n';

export type { CertifyDeps } from './deps';

/**
 * The dashboard's Certificates section, self-contained: the freelancer's key, certifying, verifying,
 * and the history. `certify`/`verify` carry the scan record a popup action sent (`?certify=<id>`).
 */
export function CertificatesSection({ deps, certify, verify }: { deps: CertifyDeps; certify?: string; verify?: string }) {
  return (
    <section className="certificates" id="certificates">
      <PageHeader title={t('section.certificates')} description={t('certify.description')} />
      <div className="certify-columns">
        <div>
          <IdentityPanel deps={deps} />
          <CertifyPanel deps={deps} recordId={certify} />
        </div>
        <div>
          <VerifyPanel deps={deps} recordId={verify} />
          <CertificateHistory deps={deps} />
        </div>
      </div>
    </section>
  );
}
