// STUB: replaced by the admin/opt-out helper.
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { Channel, Evidence, OptOut, OptOutSource, Origin, Tenant } from '../domain/types';
import type { Store, UpsertOutcome } from '../store/types';

export type Validity =
  | { kind: 'default' }
  | { kind: 'until'; expiresAt: Date | null }
  | { kind: 'days'; days: number };

export interface RecordOptOutInput {
  tenant: Tenant;
  channel: Channel;
  /** Already normalised. */
  contact: string;
  categoryId: string | null;
  origin: Origin;
  source: OptOutSource;
  /** When the opt-out happened (the customer's message time); validity runs from here. */
  at: Date;
  validity: Validity;
  remarks: string | null;
  evidence: Evidence | null;
  actor: string;
}

export function createOptOutService(deps: { store: Store; clock: Clock; metrics: Metrics; log: Logger }) {
  return {
    async record(input: RecordOptOutInput): Promise<{ optOut: OptOut; outcome: UpsertOutcome }> {
      void deps;
      void input;
      throw new Error('not implemented');
    },
  };
}

export type OptOutService = ReturnType<typeof createOptOutService>;
