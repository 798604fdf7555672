import { guarded, isJsonLike, type SourceAdapter } from './adapter.js';
import { readPolicyFile } from './policy-file.js';

const TEMPLATE_EXT = /\.(json\.tpl|tpl|tftpl)$/;
const HAS_STATEMENT = /"Statement"\s*:/;

/** JSON policy documents and policy templates (`.tpl`, `.json.tpl`, `.tftpl` with placeholders). */
export const policyFileAdapter: SourceAdapter = {
  kinds: ['policy', 'policy-template'],
  inputName: /\.(json|template|tpl|tftpl)$/,
  kindTokens: ['Statement'],
  byContent(path, text) {
    if (TEMPLATE_EXT.test(path)) return HAS_STATEMENT.test(text) ? 'policy-template' : undefined;
    return isJsonLike(path, text) && HAS_STATEMENT.test(text) ? 'policy' : undefined;
  },
  read(kind, source, _options, budget) {
    const result = guarded(source, () => readPolicyFile(source.file, source.text, kind === 'policy-template', budget));
    // A walked *.json or *.tpl was only guessed to be a policy from its content: when it does not
    // parse it is skipped (spec/cli.md "Discovery"), e.g. a tsconfig.json with comments. A limit
    // crossed is still said (a skipped parse failure is not: then it is no policy).
    if ((!source.explicit && result.documents.length === 0) || result.unrecognised) {
      return { documents: [], findings: result.findings.filter((f) => f.ruleId === 'input-error'), unrecognised: true };
    }
    return result;
  },
};
