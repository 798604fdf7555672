import { isYamlLike, type SourceAdapter } from '../adapter.js';
import { readCompositeAction, readWorkflow } from './index.js';
import { linkLocalActions } from './link.js';

const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

/** GitHub Actions workflows and composite actions (`action.yml`). */
export const workflowAdapter: SourceAdapter = {
  kinds: ['workflow', 'composite-action'],
  inputName: /\.ya?ml$/,
  kindTokens: ['jobs', 'runs'],
  byPath: (path) => (WORKFLOW_PATH.test(path) ? 'workflow' : undefined),
  byContent(path, text) {
    if (!isYamlLike(path, text)) return undefined;
    if (/^on[ \t]*:/m.test(text) && /^jobs[ \t]*:/m.test(text)) return 'workflow';
    if (/(^|\/)action\.ya?ml$/.test(path) && /^runs[ \t]*:/m.test(text)) return 'composite-action';
    return undefined;
  },
  read: (kind, source, options, budget) => (kind === 'composite-action' ? readCompositeAction(source, options, budget) : readWorkflow(source, options, budget)),
  // `uses: ./…` composite actions are followed once every workflow of the scan is read.
  finish: (documents) => {
    linkLocalActions(documents);
  },
};
