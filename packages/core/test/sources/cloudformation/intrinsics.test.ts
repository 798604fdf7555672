import { describe, expect, it } from 'vitest';
import { analyzeTrustPolicy } from '../../../src/analyze.js';
import { cfn, essence, node, onlyPolicy, resourceOf, roleTemplate, shown, str, SUB, textAt, trustDocs } from './helpers.js';

const subPath = ['Statement', 0, 'Condition', 'StringLike', SUB];
const like = (value: string): string => `              StringLike:\n                ${SUB}: ${value}`;

describe('Ref and parameters', () => {
  const params = `Parameters:\n  Org:\n    Type: String\n    Default: acme\n  Repo:\n    Type: String\n`;

  it('uses the Default, with provenance pointing at it', () => {
    const text = roleTemplate(like('!Ref Org'), params);
    const value = str(onlyPolicy(cfn(text)), subPath);
    expect(value.value).toBe('acme');
    expect(textAt(text, value.span)).toBe('!Ref Org');
    expect(value.provenance).toMatchObject({ kind: 'cfn-parameter-default', name: 'Org', location: { file: 'template.yaml', span: { start: { line: 5, column: 13 } } } });
  });

  it('lets --parameter override the Default', () => {
    const doc = onlyPolicy(cfn(roleTemplate(like('!Sub repo:${Org}/*'), params), { parameters: { Org: 'octo' } }));
    expect(shown(doc, subPath)).toBe('repo:octo/*');
    expect(str(doc, subPath).provenance).toBeUndefined();
  });

  it('keeps a parameter without Default or value as an unresolved part', () => {
    const doc = onlyPolicy(cfn(roleTemplate(like('!Ref Repo'), params)));
    expect(str(doc, subPath).unresolved).toEqual([expect.objectContaining({ expression: 'Repo', reason: 'parameter Repo has no default (pass --parameter Repo=…)' })]);
    expect(analyzeTrustPolicy(doc).map((f) => f.ruleId)).toContain('oidc-unresolved');
  });

  it('splits CommaDelimitedList parameters into a list (members trimmed)', () => {
    const list = `Parameters:\n  Subjects:\n    Type: CommaDelimitedList\n    Default: 'repo:acme/app:ref:refs/heads/main, repo:acme/app:environment:prod'\n`;
    const doc = onlyPolicy(cfn(roleTemplate(like('!Ref Subjects'), list)));
    expect(shown(doc, [...subPath, 0])).toBe('repo:acme/app:ref:refs/heads/main');
    expect(shown(doc, [...subPath, 1])).toBe('repo:acme/app:environment:prod');
  });

  it('resolves pseudo parameters: AccountId unresolved, Partition and URLSuffix known, NoValue removes', () => {
    const text = roleTemplate(
      `              StringLike:\n                ${SUB}:\n                  - !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:x'\n                  - !Ref AWS::URLSuffix\n                  - !Ref AWS::NoValue\n                  - !Ref AWS::Region\n              StringEquals: !Ref AWS::NoValue`,
    );
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, [...subPath, 0])).toBe('arn:aws:iam::<AWS::AccountId>:x');
    expect(shown(doc, [...subPath, 1])).toBe('amazonaws.com');
    expect(shown(doc, [...subPath, 2])).toBe('<AWS::Region>');
    const cond = node(doc, ['Statement', 0, 'Condition']);
    expect(cond.type === 'object' && cond.members.map((m) => m.key)).toEqual(['StringLike']);
  });

  it('names a Ref to something that does not exist', () => {
    const doc = onlyPolicy(cfn(roleTemplate(like('!Ref Nowhere'))));
    expect(str(doc, subPath).unresolved?.[0]?.reason).toBe('"Nowhere" is not a parameter or resource of this template');
  });
});

describe('OIDC provider references', () => {
  const template = (url: string, principal: string): string => `Resources:
  GithubOidc:
    Type: AWS::IAM::OIDCProvider
    Properties:
      Url: ${url}
      ClientIdList: [sts.amazonaws.com]
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Federated: ${principal} }
            Action: sts:AssumeRoleWithWebIdentity
`;
  const federated = (text: string): string => shown(onlyPolicy(cfn(text)), ['Statement', 0, 'Principal', 'Federated']);

  it('builds the provider ARN from !GetAtt .Arn, Fn::GetAtt and !Ref, with the account unresolved', () => {
    const arn = 'arn:aws:iam::<AWS::AccountId>:oidc-provider/token.actions.githubusercontent.com';
    expect(federated(template('https://token.actions.githubusercontent.com', '!GetAtt GithubOidc.Arn'))).toBe(arn);
    expect(federated(template('https://token.actions.githubusercontent.com/', "{ 'Fn::GetAtt': [GithubOidc, Arn] }"))).toBe(arn);
    expect(federated(template('https://token.actions.githubusercontent.com', '!Ref GithubOidc'))).toBe(arn);
    expect(federated(template('https://token.actions.githubusercontent.com', '!Sub "${GithubOidc.Arn}"'))).toBe(arn);
  });

  it('keeps the enterprise path and a resolved Url expression', () => {
    expect(federated(template('https://token.actions.githubusercontent.com/acme', '!GetAtt GithubOidc.Arn'))).toBe(
      'arn:aws:iam::<AWS::AccountId>:oidc-provider/token.actions.githubusercontent.com/acme',
    );
    expect(federated(template("!Sub 'https://token.actions.${AWS::URLSuffix}'", '!GetAtt GithubOidc.Arn'))).toBe(
      'arn:aws:iam::<AWS::AccountId>:oidc-provider/token.actions.amazonaws.com',
    );
  });

  it('locates the ARN at the reference and is recognised as the GitHub provider by the rules', () => {
    const text = template('https://token.actions.githubusercontent.com', '!GetAtt GithubOidc.Arn');
    const doc = onlyPolicy(cfn(text));
    expect(textAt(text, str(doc, ['Statement', 0, 'Principal', 'Federated']).span)).toBe('!GetAtt GithubOidc.Arn');
    expect(essence(analyzeTrustPolicy(doc)).map((f) => f.ruleId)).toEqual(['oidc-any-owner', 'oidc-audience']);
  });

  it('names other attributes and resources as unresolved', () => {
    const text = template('https://token.actions.githubusercontent.com', '!GetAtt Bucket.Arn');
    expect(federated(text)).toBe('<!GetAtt Bucket.Arn>');
    const thumb = template('https://token.actions.githubusercontent.com', '!GetAtt GithubOidc.Thumbprints');
    expect(str(onlyPolicy(cfn(thumb)), ['Statement', 0, 'Principal', 'Federated']).unresolved?.[0]?.reason).toBe(
      'attribute of AWS::IAM::OIDCProvider GithubOidc, known only at deploy time',
    );
  });

  it('survives a provider whose Url refers to itself', () => {
    expect(federated(template('!GetAtt GithubOidc.Arn', '!GetAtt GithubOidc.Arn'))).toMatch(/<!GetAtt GithubOidc\.Url>$/);
  });
});

describe('Fn::Sub', () => {
  it('supports ${!Literal} escapes, the variable map and resource attributes', () => {
    const text = roleTemplate(
      `              StringLike:\n                ${SUB}:\n                  - !Sub 'repo:\${!org}/\${Repo}:*'\n                  - !Sub\n                    - 'repo:\${Owner}/\${Name}:*'\n                    - Owner: acme\n                      Name: !Join ['-', [app, api]]\n                  - !Sub 'repo:acme/\${Queue.QueueName}:*'`,
      `Parameters:\n  Repo: { Type: String, Default: app }\n`,
    ).replace('Resources:\n', 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n');
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, [...subPath, 0])).toBe('repo:${org}/app:*');
    expect(shown(doc, [...subPath, 1])).toBe('repo:acme/app-api:*');
    expect(shown(doc, [...subPath, 2])).toBe('repo:acme/<!GetAtt Queue.QueueName>:*');
  });

  it('reports an IAM policy variable that was not escaped as unresolved', () => {
    const doc = onlyPolicy(cfn(roleTemplate(like("!Sub 'repo:acme/${aws:username}'"))));
    expect(shown(doc, subPath)).toBe('repo:acme/<aws:username>');
  });
});

describe('list functions and mappings', () => {
  const mappings = `Mappings:\n  Repos:\n    prod:\n      Subject: repo:acme/app:environment:prod\n    dev:\n      Subject: [repo:acme/app:ref:refs/heads/dev, repo:acme/app:pull_request]\n`;

  it('evaluates Fn::Join, Fn::Select and Fn::Split', () => {
    const text = roleTemplate(
      `              StringLike:\n                ${SUB}:\n                  - !Join ['', ['repo:', !Select [1, !Split [',', 'x,acme,y']], /app:*]]\n                  - !Select [0, !Split ['|', !Sub 'repo:acme/\${Name}:*|other']]`,
      `Parameters:\n  Name: { Type: String }\n`,
    );
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, [...subPath, 0])).toBe('repo:acme/app:*');
    expect(shown(doc, [...subPath, 1])).toBe('repo:acme/<Name>:*');
  });

  it('looks up Fn::FindInMap, with DefaultValue and a missing key', () => {
    const text = roleTemplate(
      `              StringLike:\n                ${SUB}:\n                  - !FindInMap [Repos, !Ref Env, Subject]\n                  - !FindInMap [Repos, staging, Subject, { DefaultValue: 'repo:acme/app:environment:staging' }]\n                  - !FindInMap [Repos, qa, Subject]`,
      `Parameters:\n  Env: { Type: String, Default: prod }\n${mappings}`,
    );
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, [...subPath, 0])).toBe('repo:acme/app:environment:prod');
    expect(shown(doc, [...subPath, 1])).toBe('repo:acme/app:environment:staging');
    expect(str(doc, [...subPath, 2]).unresolved?.[0]).toMatchObject({ expression: '!FindInMap [Repos, qa, Subject]', reason: 'Mappings has no Repos.qa.Subject' });
  });

  it('returns a list from a mapping', () => {
    const text = roleTemplate(like('!FindInMap [Repos, !Ref Env, Subject]'), `Parameters:\n  Env: { Type: String, Default: dev }\n${mappings}`);
    const value = node(onlyPolicy(cfn(text)), subPath);
    expect(value.type === 'array' && value.items.length).toBe(2);
  });

  it('names deploy-time functions as unresolved expressions', () => {
    const text = roleTemplate(
      `              StringLike:\n                ${SUB}:\n                  - !Sub ['repo:\${Org}/*', { Org: !ImportValue shared-github-org }]\n                  - !Select [0, !GetAZs '']\n                  - !Base64 abc`,
    );
    const doc = onlyPolicy(cfn(text));
    expect(shown(doc, [...subPath, 0])).toBe('repo:<!ImportValue shared-github-org>/*');
    expect(str(doc, [...subPath, 0]).unresolved?.[0]?.reason).toBe('an export of another stack, known only at deploy time');
    expect(shown(doc, [...subPath, 1])).toBe('<!Select [0, !GetAZs ""]>');
    expect(shown(doc, [...subPath, 2])).toBe('<!Base64 abc>');
  });

  it('reports a whole policy that cannot be resolved, without a document', () => {
    const text = 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: !ImportValue shared-trust-policy\n';
    const r = cfn(text);
    expect(r.documents).toEqual([]);
    expect(r.findings).toEqual([
      expect.objectContaining({ ruleId: 'oidc-unresolved', severity: 'warning', resource: 'Resources.Role', location: expect.objectContaining({ span: expect.objectContaining({ start: { line: 5, column: 32, offset: 92 } }) as unknown }) as unknown }),
    ]);
    expect(r.findings[0]!.message).toContain('!ImportValue shared-trust-policy');
  });
});

describe('Fn::If and Conditions', () => {
  const conditions = `Parameters:
  Env: { Type: String }
  Mode: { Type: String, Default: strict }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsNotProd: !Not [!Condition IsProd]
  IsStrict: !Equals [strict, !Ref Mode]
  StrictProd: !And [!Condition IsStrict, !Condition IsProd]
  LooseOrProd: !Or [!Not [!Condition IsStrict], !Condition IsProd]
`;
  const ifSub = (cond: string): string => like(`!If [${cond}, 'repo:acme/app:ref:refs/heads/main', 'repo:acme/*']`);

  it('takes the branch a parameter decides (default or --parameter)', () => {
    expect(shown(onlyPolicy(cfn(roleTemplate(ifSub('IsStrict'), conditions))), subPath)).toBe('repo:acme/app:ref:refs/heads/main');
    expect(shown(onlyPolicy(cfn(roleTemplate(ifSub('IsStrict'), conditions), { parameters: { Mode: 'loose' } })), subPath)).toBe('repo:acme/*');
    expect(shown(onlyPolicy(cfn(roleTemplate(ifSub('IsProd'), conditions), { parameters: { Env: 'prod' } })), subPath)).toBe('repo:acme/app:ref:refs/heads/main');
  });

  it('renders both branches of an undecidable condition as named variants, each with its findings', () => {
    const r = cfn(roleTemplate(ifSub('IsProd'), conditions));
    expect(r.findings).toEqual([]);
    const docs = trustDocs(r);
    expect(docs.map((d) => d.variant)).toEqual(['Condition IsProd = true', 'Condition IsProd = false']);
    expect(docs.map((d) => shown(d, subPath))).toEqual(['repo:acme/app:ref:refs/heads/main', 'repo:acme/*']);
    expect(docs.map((d) => analyzeTrustPolicy(d).some((f) => f.ruleId === 'oidc-owner-wide'))).toEqual([false, true]);
  });

  it('branches on the underlying condition of !Not/!And/!Or, so related branches stay consistent', () => {
    const text = roleTemplate(
      `              StringLike:\n                ${SUB}:\n                  - !If [IsNotProd, 'repo:acme/*', 'repo:acme/app:environment:prod']\n                  - !If [IsProd, 'repo:acme/app:ref:refs/heads/main', !Ref AWS::NoValue]\n                  - !If [StrictProd, a, b]\n                  - !If [LooseOrProd, c, d]`,
      conditions,
    );
    const docs = trustDocs(cfn(text));
    expect(docs.map((d) => d.variant)).toEqual(['Condition IsProd = true', 'Condition IsProd = false']);
    const values = (d: (typeof docs)[number]): string[] => {
      const list = node(d, subPath);
      return list.type === 'array' ? list.items.map((i) => (i.type === 'string' ? i.value : '?')) : [];
    };
    expect(docs.map(values)).toEqual([
      ['repo:acme/app:environment:prod', 'repo:acme/app:ref:refs/heads/main', 'a', 'c'],
      ['repo:acme/*', 'b', 'd'],
    ]);
  });

  it('renders one document when both branches give the same policy', () => {
    const doc = onlyPolicy(cfn(roleTemplate(like("!If [IsProd, 'repo:acme/app:*', 'repo:acme/app:*']"), conditions)));
    expect(doc.variant).toBeUndefined();
  });

  it('keeps branches apart when they hold different unresolved expressions', () => {
    const text = roleTemplate(like('!If [IsProd, !Ref ProdRepo, !Ref DevRepo]'), conditions.replace('Parameters:\n', 'Parameters:\n  ProdRepo: { Type: String }\n  DevRepo: { Type: String }\n'));
    const docs = trustDocs(cfn(text));
    expect(docs.map((d) => [d.variant, shown(d, subPath)])).toEqual([
      ['Condition IsProd = true', '<ProdRepo>'],
      ['Condition IsProd = false', '<DevRepo>'],
    ]);
  });

  it('caps the number of variants and says so', () => {
    const many = `Parameters:\n${[1, 2, 3, 4].map((i) => `  P${i}: { Type: String }`).join('\n')}\nConditions:\n${[1, 2, 3, 4].map((i) => `  C${i}: !Equals [!Ref P${i}, x]`).join('\n')}\n`;
    const items = [1, 2, 3, 4].map((i) => `                  - !If [C${i}, a${i}, b${i}]`).join('\n');
    const r = cfn(roleTemplate(`              StringLike:\n                ${SUB}:\n${items}`, many));
    expect(trustDocs(r)).toHaveLength(8);
    expect(new Set(trustDocs(r).map((d) => d.variant)).size).toBe(8);
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'input-error', severity: 'error', message: expect.stringMatching(/undecidable Fn::If/) as unknown })]);
  });

  it('skips a resource whose Condition is decidably false', () => {
    const text = `${conditions}Resources:\n  Key:\n    Type: AWS::IAM::AccessKey\n    Condition: IsStrict\n    Properties: { UserName: a }\n  Key2:\n    Type: AWS::IAM::AccessKey\n    Condition: IsProd\n    Properties: { UserName: b }\n`;
    expect(cfn(text).documents.map(resourceOf)).toEqual(['Resources.Key', 'Resources.Key2']);
    expect(cfn(text, { parameters: { Mode: 'loose', Env: 'dev' } }).documents).toEqual([]);
  });
});
