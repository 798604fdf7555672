import { isJsonLike, isYamlLike, type SourceAdapter } from '../adapter.js';
import { readCloudFormation } from './index.js';

/** CloudFormation templates in JSON or YAML (`.json`, `.yaml`, `.yml`, `.template`). */
export const cloudFormationAdapter: SourceAdapter = {
  kinds: ['cloudformation'],
  inputName: /\.(json|ya?ml|template)$/,
  kindTokens: ['AWSTemplateFormatVersion', 'AWS::', 'Custom::'],
  byContent(path, text) {
    if (isJsonLike(path, text)) {
      return /"AWSTemplateFormatVersion"\s*:/.test(text) || /"Type"\s*:\s*"(AWS|Custom)::/.test(text) ? 'cloudformation' : undefined;
    }
    if (isYamlLike(path, text)) {
      return /^AWSTemplateFormatVersion[ \t]*:/m.test(text) || /^[ \t]+Type:[ \t]*["']?(AWS|Custom)::/m.test(text) ? 'cloudformation' : undefined;
    }
    return undefined;
  },
  read: (_kind, source, options, budget) => readCloudFormation(source, options, budget),
};
