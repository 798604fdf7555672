// Rendering of the catalog-derived parts of the docs (design.md principle 6: one catalog drives everything).
// Shared by scripts/generate-docs.mjs (writes) and test/docs.test.ts (checks), so the two cannot disagree.
// Pure functions only: no file access here.

export const GENERATED_START = '<!-- generated:start -->';
export const GENERATED_END = '<!-- generated:end -->';
export const README_START = '<!-- rules:start -->';
export const README_END = '<!-- rules:end -->';

/** The hand-written sections every rule page has, in this order, after the generated block. */
export const REQUIRED_HEADINGS = ['## Why it matters', '## Bad', '## Good', '## How to fix', '## How to suppress'];

/** Human labels of the catalog categories; an unknown category falls back to its id. */
export const CATEGORY_LABELS = {
  'trust-scope': 'Trust policy: who can assume the role',
  trust: 'Trust policy and OIDC provider',
  workflow: 'Workflow',
  'long-lived-keys': 'Long-lived keys',
  online: 'Online (AWS calls)',
  input: 'Input',
};

export function categoryLabel(category) {
  return Object.hasOwn(CATEGORY_LABELS, category) ? CATEGORY_LABELS[category] : category;
}

/** Path of a rule's page, relative to the repository root (also the link target in the README). */
export function rulePagePath(id) {
  return `docs/rules/${id}.md`;
}

/** The generated block of a rule page, markers included, without a trailing newline. */
export function renderGeneratedBlock(rule) {
  const lines = [
    GENERATED_START,
    `# ${rule.id}`,
    '',
    `**${rule.title}** · default severity: \`${rule.defaultSeverity}\` · category: ${categoryLabel(rule.category)}`,
  ];
  if (rule.variants) {
    lines.push('', `Severity variants, unless you configure the rule's severity: ${rule.variants}.`);
  }
  lines.push('', rule.description, GENERATED_END);
  return lines.join('\n');
}

/**
 * Locates the generated block of a page. Returns null when the markers are missing, out of order or
 * duplicated (the page needs a human then, not a rewrite).
 */
export function findGeneratedBlock(page) {
  const start = page.indexOf(GENERATED_START);
  const end = page.indexOf(GENERATED_END);
  if (start < 0 || end < start) return null;
  if (page.indexOf(GENERATED_START, start + 1) >= 0 || page.indexOf(GENERATED_END, end + 1) >= 0) return null;
  return { start, end: end + GENERATED_END.length, text: page.slice(start, end + GENERATED_END.length) };
}

/** The page with its generated block replaced by the catalog's; null when the block cannot be located. */
export function updatePage(page, rule) {
  const block = findGeneratedBlock(page);
  if (!block) return null;
  return page.slice(0, block.start) + renderGeneratedBlock(rule) + page.slice(block.end);
}

function escapeCell(text) {
  return text.replaceAll('|', '\\|');
}

/**
 * The README rule table: one row per rule, grouped by category (categories in the order they first
 * appear in the catalog, rules in catalog order within a category).
 */
export function renderReadmeTable(catalog) {
  const categories = [...new Set(catalog.map((rule) => rule.category))];
  const rows = [];
  for (const category of categories) {
    for (const rule of catalog.filter((r) => r.category === category)) {
      const title = rule.availableFrom ? `${rule.title} (planned: ${rule.availableFrom})` : rule.title;
      rows.push(
        `| ${escapeCell(categoryLabel(category))} | [\`${rule.id}\`](${rulePagePath(rule.id)}) | \`${rule.defaultSeverity}\` | ${escapeCell(title)} |`,
      );
    }
  }
  return ['| Category | Rule | Default severity | Title |', '|---|---|---|---|', ...rows].join('\n');
}

/** The README with the table between the markers regenerated; null when the markers are missing. */
export function updateReadme(readme, catalog) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return null;
  return `${readme.slice(0, start)}${README_START}\n${renderReadmeTable(catalog)}\n${readme.slice(end)}`;
}
