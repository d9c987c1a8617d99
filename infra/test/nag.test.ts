import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthesize } from './synth.js';

interface Finding {
  ruleName: string;
  reason?: string;
  violatingConstructs: { constructPath: string }[];
}

/** The validation report cdk-nag writes with the cloud assembly (as `cdk synth` does). */
function report(stage: string, change = {}) {
  const { assembly } = synthesize(stage, change);
  const json = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
  const nag = json.pluginReports.find(
    (plugin: { pluginName: string }) => plugin.pluginName === 'AwsSolutions',
  );
  return nag as { violations: Finding[]; suppressedViolations: Finding[] };
}

describe('cdk-nag AwsSolutions', () => {
  for (const [name, stage, change] of [
    ['dev', 'dev', {}],
    ['prod (GuardDuty on, data retained)', 'prod', {}],
    ['a stage without a custom domain', 'dev', { domain: undefined }],
  ] as const) {
    it(`has no unacknowledged finding, and a reason for each acknowledged one: ${name}`, () => {
      const { violations, suppressedViolations } = report(stage, change);
      expect(violations).toEqual([]);
      for (const finding of suppressedViolations)
        expect(finding.reason?.length, finding.ruleName).toBeGreaterThan(40);
    });
  }

  it('accepts no managed policy and no wildcard action on the API', () => {
    const api = report('prod')
      .suppressedViolations.flatMap((finding) =>
        finding.violatingConstructs.map((construct) => `${finding.ruleName} ${construct.constructPath}`),
      )
      .filter((line) => line.includes('/Api/'));
    // Only what api.ts means: object keys under its two prefixes, and its pinned runtime.
    expect(api.sort()).toEqual(
      [
        'AwsSolutions-APIG4 Passerelle-prod/Api/Http/DefaultRoute/Resource',
        'AwsSolutions-IAM5[Resource::<Documents7E5B2978.Arn>/documents/*] Passerelle-prod/Api/Role/DefaultPolicy/Resource',
        'AwsSolutions-IAM5[Resource::<Documents7E5B2978.Arn>/incoming/*] Passerelle-prod/Api/Role/DefaultPolicy/Resource',
        'AwsSolutions-L1 Passerelle-prod/Api/Handler/Resource',
      ].sort(),
    );
  });
});
