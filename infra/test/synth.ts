import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PasserelleStack } from '../lib/passerelle-stack.js';
import { readStageConfig, type StageConfig } from '../lib/stage-config.js';

/**
 * The stack as `cdk synth` makes it, with cdk-nag's AwsSolutions checks (an unacknowledged finding
 * throws), but without bundling the Lambda (the bundle has its own test).
 */
export function synthesize(stage = 'dev', change: Partial<StageConfig> = {}) {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const config = { ...readStageConfig(stage), ...change };
  const stack = new PasserelleStack(app, `Passerelle-${config.stage}`, {
    config,
    env: { region: config.region },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const assembly = app.synth();
  return { template: Template.fromStack(stack), assembly, config };
}
