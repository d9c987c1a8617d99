/**
 * Bundled in the Lambda in place of `@peculiar/x509` and `reflect-metadata` (infra/lib/lambda-bundling.ts).
 * @simplewebauthn/server needs them only to check attestation certificate chains, which the API
 * refuses before verifying (devices/webauthn.ts, `withoutCertificateChain`): ~80 KB never run.
 * Should that ever change, these throw rather than pass.
 */
class CertificatesNotAccepted {
  constructor() {
    throw new Error('Attestation certificate chains are not accepted.');
  }
}

export const X509Certificate = CertificatesNotAccepted;
export const X509ChainBuilder = CertificatesNotAccepted;
export const X509Crl = CertificatesNotAccepted;
export const AuthorityKeyIdentifierExtension = CertificatesNotAccepted;
export const CRLDistributionPointsExtension = CertificatesNotAccepted;
export const SubjectKeyIdentifierExtension = CertificatesNotAccepted;
