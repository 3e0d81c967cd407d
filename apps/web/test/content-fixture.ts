import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whose `marsad.config.yaml` and `content/` are the sample project. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A copy of the sample project in a temporary folder, plus `extra` files written into its content
 * root (paths relative to `content/`), for tests that need articles the sample does not have.
 */
export async function sampleProjectWith(extra: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'marsad-web-'));
  await cp(join(REPO_ROOT, 'content'), join(root, 'content'), { recursive: true });
  await cp(join(REPO_ROOT, 'marsad.config.yaml'), join(root, 'marsad.config.yaml'));
  for (const [path, text] of Object.entries(extra)) await writeFile(join(root, 'content', path), text);
  return root;
}

/** An Arabic article published in 2024 but under embargo until 2999, and one still in review. */
export const HIDDEN_ARTICLES = {
  'articles/embargoed-piece.ar.md': `---
title: تحليل تحت الحظر
summary: نص لا يظهر قبل رفع الحظر عنه.
type: analysis
status: published
published: 2024-02-01T10:00:00+03:00
embargo: 2999-01-01T00:00:00+03:00
authors: [iraq-desk]
about: [actor:al-sudani]
---

يذكر :actor[السوداني]{#al-sudani} في نص محظور.
`,
  'articles/in-review.ar.md': `---
title: تحليل قيد المراجعة
summary: نص لم يُنشر بعد.
type: brief
status: review
authors: [iraq-desk]
about: [event:brigade-12-strike]
---

نص عن :event[الضربة]{#brigade-12-strike} قيد المراجعة.
`,
};
