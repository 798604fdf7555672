import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { GitLabJob, GitLabPipelineDocument } from '../../../src/model/gitlab-ci.js';
import { detectKind } from '../../../src/sources/detect.js';
import { readGitLabCi } from '../../../src/sources/gitlab-ci/index.js';
import { MAX_REFERENCED_NODES } from '../../../src/sources/gitlab-ci/resolve.js';

/**
 * The GitLab CI source: GitLab's own resolution of a pipeline before it runs
 * (https://docs.gitlab.com/ci/yaml/: `include`, `default`, `extends`, `!reference`, `inherit`).
 */

function pipelines(files: Record<string, string>): GitLabPipelineDocument[] {
  const result = analyze(Object.entries(files).map(([file, text]) => ({ file, text })));
  return result.documents.filter((d): d is GitLabPipelineDocument => d.kind === 'gitlab-pipeline');
}

function read(text: string, file = '.gitlab-ci.yml'): { doc?: GitLabPipelineDocument; ruleIds: string[] } {
  const r = readGitLabCi({ file, text, explicit: false });
  return { doc: r.documents[0] as GitLabPipelineDocument | undefined, ruleIds: r.findings.map((f) => f.ruleId) };
}

function job(doc: GitLabPipelineDocument | undefined, name: string): GitLabJob {
  const j = doc?.jobs.find((x) => x.name === name);
  if (!j) throw new Error(`no job ${name}`);
  return j;
}

const scripts = (j: GitLabJob): string[] => j.scripts.map((s) => `${s.section}: ${s.text}`);

describe('GitLab CI detection', () => {
  it('claims .gitlab-ci.yml by its path and included files by GitLab-only keywords', () => {
    expect(detectKind('.gitlab-ci.yml', 'anything: 1\n')).toBe('gitlab-ci');
    expect(detectKind('sub/.gitlab-ci.yaml', '')).toBe('gitlab-ci');
    expect(detectKind('ci/deploy.yml', 'deploy:\n  stage: deploy\n  script:\n    - make\n')).toBe('gitlab-ci');
    expect(detectKind('ci/templates.yml', '.aws:\n  id_tokens:\n    T:\n      aud: x\n')).toBe('gitlab-ci');
    expect(detectKind('ci/stages.yml', 'stages:\n  - build\n')).toBe('gitlab-ci');
    expect(detectKind('ci/includes.yml', 'include:\n  - local: /ci/a.yml\n')).toBe('gitlab-ci');
  });

  it('leaves other YAML alone: Compose, Kubernetes, Ansible, GitHub workflows, CloudFormation', () => {
    expect(detectKind('docker-compose.yml', 'services:\n  web:\n    image: nginx\n')).toBeUndefined();
    expect(detectKind('k8s.yml', 'apiVersion: v1\nkind: Pod\nspec:\n  containers: []\n')).toBeUndefined();
    expect(detectKind('play.yml', '- hosts: all\n  tasks:\n    - script: setup.sh\n')).toBeUndefined();
    expect(detectKind('.github/workflows/ci.yml', 'on: push\njobs:\n  a:\n    steps: []\n')).toBe('workflow');
    expect(detectKind('.github/ci.yml', 'deploy:\n  script: [make]\n')).toBeUndefined();
    expect(detectKind('t.yml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  X:\n    script: 1\n')).toBe('cloudformation');
  });
});

describe('GitLab CI jobs', () => {
  it('applies default:, extends: (the last parent wins, lists replaced) and hides templates', () => {
    const { doc } = read(`default:
  before_script: [echo default]
.a:
  variables: { A: "1", B: a }
  script: [echo a]
.b:
  variables: { B: b }
  id_tokens:
    T:
      aud: https://gitlab.com
deploy:
  extends: [.a, .b]
  variables: { C: "3" }
no-default:
  inherit:
    default: false
  script: [make]
`);
    expect(doc?.jobs.map((j) => j.name)).toEqual(['deploy', 'no-default']);
    const d = job(doc, 'deploy');
    expect(d.variables.map((v) => `${v.name}=${v.value.text}`)).toEqual(['A=1', 'B=b', 'C=3']);
    expect(scripts(d)).toEqual(['before_script: echo default', 'script: echo a']);
    expect(d.idTokens?.from).toBe('extends');
    expect(d.idTokens?.tokens.map((t) => [t.name, t.aud.map((a) => a.text)])).toEqual([['T', ['https://gitlab.com']]]);
    expect(scripts(job(doc, 'no-default'))).toEqual(['script: make']);
  });

  it('merges global variables under the job, subject to inherit:variables', () => {
    const { doc } = read(`variables: { G: g, H: h }
a:
  variables: { H: job }
  script: [x]
b:
  inherit: { variables: [H] }
  script: [x]
c:
  inherit: { variables: false }
  script: [x]
`);
    expect(job(doc, 'a').variables.map((v) => `${v.name}=${v.value.text}${v.global ? ' (global)' : ''}`)).toEqual(['G=g (global)', 'H=job']);
    expect(job(doc, 'b').variables.map((v) => v.name)).toEqual(['H']);
    expect(job(doc, 'c').variables).toEqual([]);
  });

  it('expands !reference in scripts (spliced) and notes one that names nothing', () => {
    const { doc } = read(`.setup:
  script: [one, two]
deploy:
  script:
    - !reference [.setup, script]
    - three
    - !reference [.elsewhere, script]
`);
    expect(scripts(job(doc, 'deploy'))).toEqual(['script: one', 'script: two', 'script: three']);
    expect(doc?.unresolved.map((u) => u.kind)).toEqual(['reference']);
    expect(doc?.unresolved[0]?.location.span.start.line).toBe(7);
  });

  it('keeps every script location in the file it is written in', () => {
    const { doc } = read(`deploy:\n  script:\n    - "export X=1"\n`);
    const line = job(doc, 'deploy').scripts[0];
    expect(line?.source).toBe('"export X=1"');
    expect(line?.location.span.start).toMatchObject({ line: 3, column: 6 });
  });

  it('notes a missing template and a circular extends instead of passing silently', () => {
    const { doc } = read(`a:\n  extends: .remote\n  script: [x]\n.l1:\n  extends: .l2\n.l2:\n  extends: .l1\nb:\n  extends: .l1\n  script: [y]\n`);
    expect(job(doc, 'a').missingTemplates).toEqual(['.remote']);
    expect(doc?.unresolved.map((u) => u.kind).sort()).toEqual(['extends', 'limit']);
  });

  it('reads a file with a spec: header (two YAML documents)', () => {
    const { doc, ruleIds } = read(`spec:\n  inputs:\n    stage:\n      default: test\n---\njob:\n  script: [make]\n`, 'ci/component.yml');
    expect(ruleIds).toEqual([]);
    expect(job(doc, 'job').nameLocation.span.start.line).toBe(6);
  });

  it('reports invalid YAML in .gitlab-ci.yml, skips it in a walked fragment', () => {
    expect(read('a: [\n').ruleIds).toEqual(['parse-error']);
    expect(read('a: [\n', 'ci/x.yml').ruleIds).toEqual([]);
    expect(read('a: 1\na: 2\n').ruleIds).toEqual(['parse-error']);
  });

  it('caps the values !reference copies, with a note (references to long lists multiply)', () => {
    const items = Array.from({ length: 2000 }, (_, i) => `    - echo ${String(i)}`).join('\n');
    const refs = Array.from({ length: 100 }, () => '    - !reference [.long, script]').join('\n');
    const { doc } = read(`.long:\n  script:\n${items}\njob:\n  script:\n${refs}\n`);
    const lines = job(doc, 'job').scripts.length;
    expect(lines).toBeGreaterThan(MAX_REFERENCED_NODES / 2);
    expect(lines).toBeLessThan(MAX_REFERENCED_NODES + 4000);
    expect(doc?.unresolved.some((u) => u.kind === 'limit')).toBe(true);
  });

  it('bounds alias expansion with the budget (an input-error, not a hang)', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 30; i++) lines.push(`a${String(i)}: &a${String(i)} [*a${String(i - 1)}, *a${String(i - 1)}, *a${String(i - 1)}, *a${String(i - 1)}]`);
    lines.push('job:\n  script: *a29');
    expect(read(lines.join('\n') + '\n').ruleIds).toEqual(['input-error']);
  });
});

describe('GitLab CI includes', () => {
  it('merges include: local files of the scan into the pipeline, the including file winning', () => {
    const [main, included] = pipelines({
      '.gitlab-ci.yml': 'include:\n  - local: /ci/*.yml\nvariables: { V: main }\n.tmpl:\n  script: [main-template]\n',
      'ci/deploy.yml': 'variables: { V: inc, W: inc }\n.tmpl:\n  script: [included-template]\ndeploy:\n  extends: .tmpl\n',
    });
    expect(main?.files).toEqual(['.gitlab-ci.yml', 'ci/deploy.yml']);
    expect(included?.includedBy).toEqual(['.gitlab-ci.yml']);
    const d = job(main, 'deploy');
    expect(d.variables.map((v) => `${v.name}=${v.value.text}`)).toEqual(['V=main', 'W=inc']);
    expect(scripts(d)).toEqual(['script: main-template']);
    expect(d.scripts[0]?.location.file).toBe('.gitlab-ci.yml');
    expect(main?.unresolved).toEqual([]);
  });

  it('notes includes it does not follow: remote, project, template, component, missing or variable paths', () => {
    const [main] = pipelines({
      '.gitlab-ci.yml': `include:
  - remote: https://example.com/ci.yml
  - project: group/ci
    file: /aws.yml
  - template: Security/SAST.gitlab-ci.yml
  - component: gitlab.com/acme/aws/deploy@1.0
  - local: /ci/missing.yml
  - local: /ci/$ENVIRONMENT.yml
  - https://example.com/other.yml
job:
  script: [x]
`,
    });
    expect(main?.unresolved.map((u) => u.message.slice(0, 40))).toHaveLength(7);
    expect(main?.unresolved.every((u) => u.kind === 'include')).toBe(true);
    expect(main?.unresolved.map((u) => u.location.span.start.line)).toEqual([2, 3, 5, 6, 7, 8, 9]);
  });

  it('follows nested includes once each (a cycle is no loop)', () => {
    const [main] = pipelines({
      '.gitlab-ci.yml': 'include: ci/a.yml\n',
      'ci/a.yml': 'include:\n  - local: ci/b.yml\na:\n  script: [a]\n',
      'ci/b.yml': 'include:\n  - local: ci/a.yml\nb:\n  script: [b]\n',
    });
    expect(main?.files).toEqual(['.gitlab-ci.yml', 'ci/a.yml', 'ci/b.yml']);
    expect(main?.jobs.map((j) => j.name).sort()).toEqual(['a', 'b']);
  });
});
