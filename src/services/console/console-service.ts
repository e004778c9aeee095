/**
 * What the admin console reads that no other service answers: one contact on one screen, and the
 * dashboard's figures. Both read the same records the dispatcher and the inbox write.
 */
import type { Clock } from '../../clock';
import type { Channel, Tenant } from '../../domain/types';
import type { Store } from '../../store/types';
import type { OptOutService } from '../opt-outs/opt-out-service';
import { contactReport, type ContactReport } from './contact-report';
import { dashboard, type Dashboard } from './dashboard';

export function createConsoleService(deps: { store: Store; clock: Clock; optOuts: OptOutService }) {
  return {
    contact(tenant: Tenant, channel: Channel, contact: string): Promise<ContactReport> {
      return contactReport(deps, tenant, channel, contact);
    },
    dashboard(tenant: Tenant, days: number): Promise<Dashboard> {
      return dashboard(deps, tenant, days);
    },
  };
}

export type ConsoleService = ReturnType<typeof createConsoleService>;
