import { defineRule } from './define.js';

export default defineRule({
  id: 'iac-access-key',
  meta: {
    title: 'IaC creates a long-lived access key',
    defaultSeverity: 'warning',
    category: 'long-lived-keys',
    description: 'Terraform `aws_iam_access_key`, CloudFormation `AWS::IAM::AccessKey` or CDK `iam.AccessKey`.',
  },
  accessKey(ctx) {
    const doc = ctx.document;
    const user = doc.userName ? ` for IAM user ${doc.userName}` : '';
    ctx.report({
      location: doc.location,
      resource: doc.resource,
      message: `${doc.resource} creates a long-lived access key${user}: it never expires, and whoever holds it (a CI secret, a laptop, a log) acts as that user until someone rotates it. Let CI assume a role through GitHub OIDC instead, and delete the key.`,
      properties: { ...(doc.userName ? { user: doc.userName } : {}) },
    });
  },
});
