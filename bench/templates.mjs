// File templates of the synthetic monorepo: realistic GitHub workflows, Terraform modules,
// CloudFormation templates (YAML and CDK-synthesised JSON), Terraform plans and JSON policies.
// Each takes a service context { name, id, rnd } and returns text. Sizes follow what real
// repositories hold: workflows 1–3 KB, policies ~0.6 KB, Terraform files 0.3–4 KB, CloudFormation
// 4–8 KB (YAML) and 10–20 KB (CDK JSON), plans ~15–30 KB.

const ACCOUNT = '123456789012';
const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`;
const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2';
const SETUP_NODE = 'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0';
const CONFIGURE_AWS = 'aws-actions/configure-aws-credentials@8df5847569e6427dd6c4fb1cf565c83acfa8afa7 # v6.0.0';
const CACHE = 'actions/cache@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3';

/** `n` deterministic picks of filler text (keeps sizes realistic without identical files). */
function lines(rnd, n, make) {
  return Array.from({ length: n }, (_, i) => make(i, Math.floor(rnd() * 1e6))).join('');
}

// ---------------------------------------------------------------- workflows

export function ciWorkflow({ name, rnd }) {
  const node = 18 + 2 * Math.floor(rnd() * 3);
  return `# Continuous integration for ${name}: lint, unit and integration tests on every push and pull request.
name: ci
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
concurrency:
  group: ci-\${{ github.ref }}
  cancel-in-progress: true
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [${node}, ${node + 2}]
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with:
          node-version: \${{ matrix.node }}
          cache: npm
      - uses: ${CACHE}
        with:
          path: ~/.cache/${name}
          key: ${name}-\${{ runner.os }}-\${{ hashFiles('**/package-lock.json') }}
      - run: npm ci
      - run: npm run lint
      - run: npm test -- --coverage
${lines(rnd, 2 + Math.floor(rnd() * 4), (i, r) => `      - name: integration suite ${i}\n        run: npm run test:integration -- --shard=${i} --seed=${r}\n        env:\n          LOG_LEVEL: warn\n`)}`;
}

/** A deploy job assuming `role` with OIDC; `environment` true: the production environment gates it. */
export function deployWorkflow({ name, rnd }, role, { environment = true } = {}) {
  return `# Deploys ${name} to production on pushes to main.
name: deploy
on:
  push:
    branches: [main]
  workflow_dispatch:
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: ${SETUP_NODE}
        with:
          node-version: 20
      - run: npm ci && npm run build
${lines(rnd, 1 + Math.floor(rnd() * 3), (i) => `      - name: package step ${i}\n        run: ./scripts/package.sh ${name} part-${i}\n`)}  deploy:
    needs: build
    runs-on: ubuntu-latest
${environment ? '    environment: production\n' : ''}    permissions:
      contents: read
      id-token: write
    steps:
      - uses: ${CHECKOUT}
      - uses: ${CONFIGURE_AWS}
        with:
          aws-region: eu-west-1
          role-to-assume: arn:aws:iam::${ACCOUNT}:role/${role}
      - run: ./scripts/deploy.sh ${name}
`;
}

/** The classic mistake: id-token: write in pull_request_target with the PR's code, keys, tags. */
export function previewWorkflow({ name }, role) {
  return `# Preview environments for pull requests of ${name}.
name: preview
on:
  pull_request_target:
    types: [opened, synchronize]
jobs:
  preview:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
      id-token: write
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm run build
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-region: eu-west-1
          role-to-assume: arn:aws:iam::${ACCOUNT}:role/${role}
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      - run: aws s3 sync ./dist "s3://previews/${name}/pr-\${{ github.event.number }}"
`;
}

export function releaseWorkflow({ name, rnd }) {
  return `name: release
on:
  push:
    tags: ['v*']
permissions:
  contents: write
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
      - uses: ${SETUP_NODE}
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm run build
      - run: npm publish --provenance
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
${lines(rnd, 1 + Math.floor(rnd() * 2), (i) => `      - name: attach artefact ${i}\n        run: gh release upload "\${{ github.ref_name }}" dist/${name}-${i}.tgz\n        env:\n          GH_TOKEN: \${{ github.token }}\n`)}`;
}

// ---------------------------------------------------------------- JSON policies

/** A GitHub OIDC trust policy; `sub` is the subject pattern, `aud` false leaves the audience out. */
export function trustPolicy(sub, { aud = true } = {}) {
  const conditions = aud
    ? `        "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },\n        "StringLike": { "token.actions.githubusercontent.com:sub": "${sub}" }`
    : `        "StringLike": { "token.actions.githubusercontent.com:sub": "${sub}" }`;
  return `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "GitHubActionsDeploy",
      "Effect": "Allow",
      "Principal": { "Federated": "${PROVIDER_ARN}" },
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
${conditions}
      }
    }
  ]
}
`;
}

/** A permission policy (no Principal): a policy document trustlint reads and finds nothing in. */
export function permissionPolicy({ name, rnd }) {
  const statements = Array.from({ length: 2 + Math.floor(rnd() * 3) }, (_, i) => `    {
      "Sid": "Bucket${i}",
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::${name}-assets-${i}", "arn:aws:s3:::${name}-assets-${i}/*"]
    }`);
  return `{\n  "Version": "2012-10-17",\n  "Statement": [\n${statements.join(',\n')}\n  ]\n}\n`;
}

export function packageJson({ name, rnd }) {
  return `${JSON.stringify(
    {
      name: `@acme/${name}`,
      version: `1.${Math.floor(rnd() * 20)}.${Math.floor(rnd() * 10)}`,
      private: true,
      type: 'module',
      scripts: { build: 'tsc -b', test: 'vitest run', lint: 'eslint .', deploy: './scripts/deploy.sh' },
      dependencies: { '@aws-sdk/client-s3': '3.600.0', zod: '3.23.8' },
      devDependencies: { typescript: '5.6.3', vitest: '2.1.4', eslint: '9.14.0' },
    },
    null,
    2,
  )}\n`;
}

export function tsconfigJson() {
  return `{
  // Comments make this invalid JSON: a walked tsconfig.json is skipped, not reported.
  "extends": "../../tsconfig.base.json",
  "compilerOptions": { "outDir": "dist", "rootDir": "src" },
  "include": ["src"]
}
`;
}

// ---------------------------------------------------------------- CloudFormation

/** A YAML template: an OIDC role and filler resources. `vulnerable`: parameters default to '*', no aud. */
export function cfnYaml({ name, rnd }, role, { vulnerable = false } = {}) {
  const filler = lines(rnd, 3 + Math.floor(rnd() * 4), (i) => `  Bucket${i}:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AWS::StackName}-${name}-data-${i}'
      VersioningConfiguration:
        Status: Enabled
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
      Tags:
        - Key: service
          Value: ${name}
  Queue${i}:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub '\${AWS::StackName}-${name}-${i}'
      VisibilityTimeout: 120
`);
  const condition = vulnerable
    ? `            Condition:
              StringLike:
                token.actions.githubusercontent.com:sub: !Sub repo:\${GitHubOrg}/\${RepositoryName}:*`
    : `            Condition:
              StringEquals:
                token.actions.githubusercontent.com:aud: sts.amazonaws.com
                token.actions.githubusercontent.com:sub: !Sub repo:\${GitHubOrg}/\${RepositoryName}:environment:production`;
  return `AWSTemplateFormatVersion: '2010-09-09'
Description: ${name} deployment resources and its GitHub Actions deploy role.
Parameters:
  GitHubOrg:
    Type: String
    Default: '${vulnerable ? '*' : 'acme'}'
  RepositoryName:
    Type: String
    Default: '${vulnerable ? '*' : name}'
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: ${role}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: sts:AssumeRoleWithWebIdentity
            Principal:
              Federated: !Sub arn:aws:iam::\${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com
${condition}
${filler}Outputs:
  RoleArn:
    Value: !GetAtt DeployRole.Arn
`;
}

/** A CDK-synthesised JSON template (metadata-heavy), with one GitHub OIDC role. */
export function cdkTemplate({ name, rnd }, role, { vulnerable = false } = {}) {
  const resources = {
    DeployRole1234ABCD: {
      Type: 'AWS::IAM::Role',
      Properties: {
        RoleName: role,
        AssumeRolePolicyDocument: {
          Statement: [
            {
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: vulnerable
                ? { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': `repo:acme/${name}:*` } }
                : { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': `repo:acme/${name}:ref:refs/heads/main` } },
              Effect: 'Allow',
              Principal: { Federated: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':oidc-provider/token.actions.githubusercontent.com']] } },
            },
          ],
          Version: '2012-10-17',
        },
      },
      Metadata: { 'aws:cdk:path': `${name}Stack/DeployRole/Resource` },
    },
  };
  const n = 6 + Math.floor(rnd() * 6);
  for (let i = 0; i < n; i++) {
    resources[`Handler${i}ServiceRole${(1000 + i).toString(16).toUpperCase()}`] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: { Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }], Version: '2012-10-17' },
        ManagedPolicyArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] }],
      },
      Metadata: { 'aws:cdk:path': `${name}Stack/Handler${i}/ServiceRole/Resource` },
    };
    resources[`Handler${i}Function${(2000 + i).toString(16).toUpperCase()}`] = {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Code: { S3Bucket: { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' }, S3Key: `${Math.floor(rnd() * 1e12).toString(16)}.zip` },
        Role: { 'Fn::GetAtt': [`Handler${i}ServiceRole${(1000 + i).toString(16).toUpperCase()}`, 'Arn'] },
        Handler: 'index.handler',
        Runtime: 'nodejs20.x',
        Environment: { Variables: { SERVICE: name, TABLE: `${name}-table-${i}` } },
      },
      DependsOn: [`Handler${i}ServiceRole${(1000 + i).toString(16).toUpperCase()}`],
      Metadata: { 'aws:cdk:path': `${name}Stack/Handler${i}/Resource`, 'aws:asset:path': `asset.${Math.floor(rnd() * 1e12).toString(16)}`, 'aws:asset:property': 'Code' },
    };
  }
  return `${JSON.stringify({ Resources: resources, Parameters: { BootstrapVersion: { Type: 'AWS::SSM::Parameter::Value<String>', Default: '/cdk-bootstrap/hnb659fds/version' } } }, null, 1)}\n`;
}

export function cdkManifest({ name }) {
  return `${JSON.stringify({ version: '36.0.0', artifacts: { [`${name}Stack`]: { type: 'aws:cloudformation:stack', environment: 'aws://unknown-account/unknown-region', properties: { templateFile: `${name}Stack.template.json` } } } }, null, 2)}\n`;
}

// ---------------------------------------------------------------- Terraform

export function tfMain({ rnd }, role, { vulnerable = false } = {}) {
  const sub = vulnerable
    ? `    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:\${var.github_org}/*"]
    }

    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["*:ref:refs/heads/\${var.branch}"]
    }`
    : `    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:\${var.github_org}/\${var.repository}:ref:refs/heads/\${var.branch}"]
    }`;
  const filler = lines(rnd, 2 + Math.floor(rnd() * 4), (i) => `resource "aws_s3_bucket" "data_${i}" {
  bucket = "\${var.repository}-data-${i}"
  tags = {
    service = var.repository
    tier    = "${['hot', 'warm', 'cold'][i % 3]}"
  }
}

resource "aws_s3_bucket_versioning" "data_${i}" {
  bucket = aws_s3_bucket.data_${i}.id
  versioning_configuration {
    status = "Enabled"
  }
}

`);
  return `data "aws_iam_policy_document" "deploy_trust" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }

${sub}
  }
}

resource "aws_iam_role" "deploy" {
  name               = "${role}"
  assume_role_policy = data.aws_iam_policy_document.deploy_trust.json
}

resource "aws_iam_role_policy_attachment" "deploy" {
  role       = aws_iam_role.deploy.name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}

${filler}`;
}

export function tfVariables({ name }) {
  return `variable "github_org" {
  description = "GitHub organisation that owns the repository"
  type        = string
  default     = "acme"
}

variable "repository" {
  description = "Repository deploying this service"
  type        = string
  default     = "${name}"
}

variable "branch" {
  description = "Branch whose workflow runs may deploy"
  type        = string
  default     = "main"
}
`;
}

export function tfOutputs() {
  return `output "deploy_role_arn" {
  description = "ARN of the deploy role"
  value       = aws_iam_role.deploy.arn
}
`;
}

export function tfVersions() {
  return `terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
`;
}

// ---------------------------------------------------------------- Terraform plan

/** `terraform show -json` of a module with one OIDC role and filler resources. */
export function tfPlan({ name, rnd }, role, { vulnerable = false } = {}) {
  const sub = vulnerable ? `repo:acme/${name}:*` : `repo:acme/${name}:ref:refs/heads/main`;
  const policy = JSON.stringify({
    Statement: [
      {
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': sub } },
        Effect: 'Allow',
        Principal: { Federated: PROVIDER_ARN },
      },
    ],
    Version: '2012-10-17',
  });
  const resources = [
    { address: 'aws_iam_role.deploy', mode: 'managed', type: 'aws_iam_role', name: 'deploy', provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values: { assume_role_policy: policy, name: role, path: '/', max_session_duration: 3600 } },
  ];
  const n = 10 + Math.floor(rnd() * 10);
  for (let i = 0; i < n; i++) {
    resources.push({
      address: `aws_s3_bucket.data_${i}`,
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: `data_${i}`,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      schema_version: 0,
      values: { bucket: `${name}-data-${i}`, force_destroy: false, tags: { service: name, tier: ['hot', 'warm', 'cold'][i % 3] }, tags_all: { service: name }, timeouts: null },
      sensitive_values: { tags: {}, tags_all: {}, versioning: [], website: [] },
    });
  }
  const changes = resources.map((r) => ({ address: r.address, mode: r.mode, type: r.type, name: r.name, provider_name: r.provider_name, change: { actions: ['create'], before: null, after: r.values, after_unknown: { arn: true, id: true } } }));
  return `${JSON.stringify({ format_version: '1.2', terraform_version: '1.9.8', planned_values: { root_module: { resources } }, resource_changes: changes, configuration: { provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws' } } } }, null, 2)}\n`;
}
