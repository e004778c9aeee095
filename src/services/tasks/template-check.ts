/**
 * The template check at publish and in the preview: the task's template as Meta describes it
 * (GET /{waba-id}/message_templates) against the rules in domain/template-check. Without the
 * tenant's wabaId nothing is checked, and the answer says so.
 */
import { checkTemplate } from '../../domain/template-check';
import { dominantShape, paramShape } from '../../domain/tasks';
import type { Task, Tenant } from '../../domain/types';
import type { RecipientStore } from '../../store/types';
import { TemplateLookupError } from '../../whatsapp/templates';
import type { TemplateLookup } from '../template-gateway';
import type { TenantService } from '../tenants/tenant-service';

export type TemplateCheck =
  | { checked: false; reason: string }
  | { checked: true; ok: boolean; problems: string[]; note: string | null };

/** Recipients sampled for the parameter shape the template must take. */
const SAMPLE = 500;

export async function checkTaskTemplate(
  deps: { store: RecipientStore; templates: TemplateLookup; tenants: TenantService },
  tenant: Tenant,
  task: Task,
): Promise<TemplateCheck> {
  if (tenant.wabaId === null) {
    return {
      checked: false,
      reason:
        "The template was not checked: the tenant has no wabaId (set it with PATCH /admin/tenants/{id} to check templates against Meta's).",
    };
  }
  let found;
  try {
    found = await deps.templates.lookup(
      deps.tenants.accessToken(tenant),
      tenant.wabaId,
      task.template.name,
    );
  } catch (err) {
    if (err instanceof TemplateLookupError) {
      return { checked: false, reason: `The template was not checked: ${err.message}` };
    }
    throw err;
  }
  if (found === 'unregistered') {
    return {
      checked: true,
      ok: true,
      problems: [],
      note: `The sandbox has no template "${task.template.name}" registered (POST /sandbox/templates): it counts as approved.`,
    };
  }
  const page = await deps.store.listRecipients(tenant.id, task.id, {}, { limit: SAMPLE });
  const shape = dominantShape(page.items.map((r) => paramShape(r.params)));
  const problems = checkTemplate(task.template, found, shape);
  return { checked: true, ok: problems.length === 0, problems, note: null };
}
