import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { must } from '../../functions/test/must.js';
import { synthesize } from './synth.js';

const { template } = synthesize('dev');

describe('the sweep on AWS (SECURITY.md rows 39, 40)', () => {
  it('is an EventBridge rule every 5 minutes invoking the API Lambda, which EventBridge may invoke', () => {
    const rules = template.findResources('AWS::Events::Rule', {
      Properties: { ScheduleExpression: 'rate(5 minutes)', State: 'ENABLED' },
    });
    expect(Object.keys(rules)).toHaveLength(1);
    const [rule] = Object.values(rules);
    const targets = must(rule, 'the sweep rule').Properties.Targets as {
      Arn: { 'Fn::GetAtt': string[] };
      RetryPolicy: unknown;
    }[];
    expect(targets).toHaveLength(1);
    const [functionId] = must(targets[0], "the rule's target").Arn['Fn::GetAtt'];
    expect(template.toJSON().Resources[must(functionId, "the target's function")].Type).toBe(
      'AWS::Lambda::Function',
    );
    expect(functionId).toMatch(/^ApiHandler/);
    // No input override: the Lambda receives the "Scheduled Event" it recognises (lambda.ts).
    expect(targets[0]).not.toHaveProperty('Input');
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      SourceArn: { 'Fn::GetAtt': [Object.keys(rules)[0], 'Arn'] },
    });
  });

  it('lets the Lambda list only the documents/ prefix (stray copies of a filing removed)', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:ListBucket',
            Condition: { StringLike: { 's3:prefix': ['documents/*'] } },
          }),
        ]),
      },
    });
  });
});
