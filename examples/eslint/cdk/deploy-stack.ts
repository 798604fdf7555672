import { Stack, type StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

const OWNER = 'acme';
const GITHUB = 'token.actions.githubusercontent.com';

export class DeployStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const provider = new iam.OpenIdConnectProvider(this, 'GitHub', {
      url: `https://${GITHUB}`,
      clientIds: ['sts.amazonaws.com'],
    });

    new iam.Role(this, 'Deploy', {
      assumedBy: new iam.OpenIdConnectPrincipal(provider, {
        StringEquals: { [`${GITHUB}:aud`]: 'sts.amazonaws.com' },
        StringLike: { [`${GITHUB}:sub`]: `repo:${OWNER}/*` },
      }),
    });

    // A CI user from before OIDC: its key never expires.
    const ci = new iam.User(this, 'LegacyCi', { userName: 'legacy-ci' });
    new iam.AccessKey(this, 'LegacyCiKey', { user: ci });
  }
}
