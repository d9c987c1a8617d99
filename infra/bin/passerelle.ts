import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PasserelleStack } from '../lib/passerelle-stack.js';
import { readStageConfig } from '../lib/stage-config.js';

/** `npm run synth|deploy|destroy -- -c stage=prod`; `dev` when no stage is given. */
const app = new App();
const stage = String(app.node.tryGetContext('stage') ?? 'dev');
const config = readStageConfig(stage);
new PasserelleStack(app, `Passerelle-${config.stage}`, {
  config,
  env: { region: config.region, ...(config.account ? { account: config.account } : {}) },
  description: `Passerelle (${config.stage}): link a phone, add documents to procedures`,
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
