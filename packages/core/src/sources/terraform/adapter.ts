import type { ModelDocument } from '../../model/document.js';
import { folderOf } from '../../paths.js';
import type { SourceAdapter } from '../adapter.js';
import { isTerraformParserLoaded, loadTerraformParser, manifestRoot, readTerraformScan } from './index.js';

/** `analyze` was given Terraform files before the Terraform grammar (WebAssembly) was loaded. */
export class TerraformParserNotLoadedError extends Error {
  override readonly name = 'TerraformParserNotLoadedError';

  constructor() {
    super(
      'analyze() was given Terraform files, but the Terraform parser is not loaded: call `await analyzeFiles(inputs, options)`, which loads it, or `await loadTerraformParser()` once before analyze()',
    );
  }
}

/**
 * Terraform configurations. A directory is one Terraform module: all its files (tfvars, templates,
 * JSON read by file()) are its inputs, evaluated together; the module manifest `terraform init`
 * writes (`.terraform/modules/modules.json`) belongs to the root module above it. The modules of a
 * scan are read together, so that a module call is followed into the folder it names.
 */
export const terraformAdapter: SourceAdapter = {
  kinds: ['terraform'],
  inputName: /\.tf(\.json)?$/,
  companionName: /\.tfvars$/,
  kindTokens: [],
  byPath: (path) => (/\.tf(\.json)?$/.test(path) ? 'terraform' : undefined),
  group: {
    key: folderOf,
    contextOf: manifestRoot,
    loader: { load: loadTerraformParser, loaded: isTerraformParserLoaded, notLoaded: () => new TerraformParserNotLoadedError() },
    read: readTerraformScan,
  },
  finish: dropPoliciesReadByTerraform,
};

/**
 * A policy file a Terraform module reads with file()/templatefile() is analysed as that role's trust
 * policy (with the resource address); analysing it again on its own would report everything twice.
 */
function dropPoliciesReadByTerraform(documents: ModelDocument[]): void {
  const readByModules = new Set(
    documents.flatMap((d) => {
      if (d.kind !== 'trust-policy' || d.sourceKind !== 'terraform') return [];
      // file() keeps the file on the root node; templatefile() renders it, and the document names it.
      return [d.root.file, d.resourceFile !== undefined ? d.file : undefined].filter((f): f is string => f !== undefined);
    }),
  );
  if (readByModules.size === 0) return;
  for (let i = documents.length - 1; i >= 0; i--) {
    const d = documents[i];
    if (d?.kind === 'trust-policy' && (d.sourceKind === 'policy' || d.sourceKind === 'policy-template') && readByModules.has(d.file)) documents.splice(i, 1);
  }
}
