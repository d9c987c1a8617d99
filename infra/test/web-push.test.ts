import { createECDH } from 'node:crypto';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { must } from '../../functions/test/must.js';
import { synthesize } from './synth.js';

// A real P-256 public key, as `npx web-push generate-vapid-keys` prints it (base64url, 65 bytes).
const publicKey = createECDH('prime256v1').generateKeys().toString('base64url');

describe('Web Push in the stack: the VAPID private key is a secret read at run time', () => {
  const { template } = synthesize('dev', {
    webPush: { publicKey, subject: 'mailto:ops@example.lu' },
  });
  const functions = () => template.findResources('AWS::Lambda::Function');

  it('keeps the private key in a Secrets Manager secret the API reads, never in its environment', () => {
    const secrets = template.findResources('AWS::SecretsManager::Secret', {
      Properties: { Description: Match.stringLikeRegexp('VAPID private key') },
    });
    const [secretId] = Object.keys(secrets);
    expect(secretId).toBeDefined();
    // Put in by the operator: never a value in the template (until then Secrets Manager holds a random
    // placeholder no key can be made from: pushes fail and requests simply wait in the app).
    const secret = must(secrets[must(secretId, 'the VAPID secret')], 'the VAPID secret');
    expect(secret.Properties.SecretString).toBeUndefined();

    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          VAPID_PUBLIC_KEY: publicKey,
          VAPID_SUBJECT: 'mailto:ops@example.lu',
          VAPID_PRIVATE_KEY_ARN: { Ref: secretId },
        }),
      },
    });
    for (const lambda of Object.values(functions())) {
      expect(Object.keys(lambda.Properties.Environment?.Variables ?? {})).not.toContain('VAPID_PRIVATE_KEY');
    }
    template.hasOutput('VapidPrivateKeyArn', { Value: { Ref: secretId } });
  });

  it('lets the API, and only it, read that secret', () => {
    const secretId = must(
      Object.keys(
        template.findResources('AWS::SecretsManager::Secret', {
          Properties: { Description: Match.stringLikeRegexp('VAPID private key') },
        }),
      )[0],
      'the VAPID secret',
    );
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const readers = policies.filter((policy) =>
      JSON.stringify(policy.Properties.PolicyDocument.Statement).includes(`{"Ref":"${secretId}"}`),
    );
    expect(readers.map((policy) => policy.Properties.PolicyName)).toEqual([
      expect.stringMatching(/^ApiRole/),
    ]);
    expect(
      JSON.stringify(must(readers[0], "the API role's policy").Properties.PolicyDocument.Statement),
    ).toContain('secretsmanager:GetSecretValue');
  });

  it('without a push configuration: no secret, no VAPID settings, push stays off', () => {
    const { template: plain } = synthesize('dev');
    expect(
      Object.keys(
        plain.findResources('AWS::SecretsManager::Secret', {
          Properties: { Description: Match.stringLikeRegexp('VAPID') },
        }),
      ),
    ).toEqual([]);
    expect(JSON.stringify(plain.findResources('AWS::Lambda::Function'))).not.toContain('VAPID');
  });
});
