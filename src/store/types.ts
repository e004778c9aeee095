/**
 * The repository interface: one interface per area (src/store/<area>-store.ts), composed into
 * `Store`. A service takes only the areas it uses (e.g. `TenantStore & CategoryStore`); the
 * runtime object is always the whole store. Two real implementations: SQLite
 * (better-sqlite3, the embedded default) and MongoDB (mongoose). One contract suite
 * (test/store/contract.ts) runs against both. Uniqueness rules live in unique indexes.
 *
 * Conventions:
 * - every tenant-scoped read takes the tenantId and returns null / [] for another tenant's ids;
 * - `now` is passed in (the services own the clock);
 * - ids are opaque strings, sortable by creation time (see newId());
 * - pages are newest first unless said otherwise; `cursor` is the last item's id as returned in
 *   `nextCursor` (opaque to callers), and an unknown cursor is the caller's ValidationError.
 */
import type { BreakerStore } from './breaker-store';
import type { CategoryStore } from './category-store';
import type { ConversationStore } from './conversation-store';
import type { ConsentStore } from './consent-store';
import type { ContactDataStore } from './contact-data-store';
import type { CoordinationStore } from './coordination-store';
import type { DeliveryStore } from './delivery-store';
import type { IdentityStore } from './identity-store';
import type { ImportStore } from './import-store';
import type { InboxStore } from './inbox-store';
import type { OptOutStore } from './opt-out-store';
import type { RecipientStore } from './recipient-store';
import type { SignalStore } from './signal-store';
import type { EventStore } from './event-store';
import type { TaskStore } from './task-store';
import type { TenantStore } from './tenant-store';

export type { Page, PageRequest } from './page';
export type { Durability } from './durability';
export type { NewTenant, TenantPatch, TenantStore } from './tenant-store';
export type { NewCategory, CategoryPatch, CategoryStore } from './category-store';
export type {
  OptOutInput,
  UpsertOutcome,
  OptOutFilter,
  RevokeInput,
  OptOutStore,
} from './opt-out-store';
export type {
  AudienceCheck,
  ConsentFilter,
  ConsentInput,
  ConsentStore,
  GrantOutcome,
} from './consent-store';
export type {
  ContactDataStore,
  EraseInput,
  EraseSummary,
  ErasedIdentifier,
} from './contact-data-store';
export type { IdentityStore } from './identity-store';
export type {
  InboxBacklog,
  InboxBacklogFigures,
  InboxEntry,
  InboxLane,
  InboxStore,
} from './inbox-store';
export type { CoordinationStore } from './coordination-store';
export type { PendingQuestion, Conversation, ConversationStore } from './conversation-store';
export type { NewTask, TaskPatch, TaskStore } from './task-store';
export type {
  Deferral,
  NewRecipient,
  RecentSends,
  RecipientStats,
  SendResult,
  RecipientStore,
} from './recipient-store';
export type {
  DeliveryState,
  ParkedStatus,
  StatusBatchItem,
  StatusBatchOutcome,
  StatusUpdate,
  TaskMessageRef,
  DeliveryStore,
} from './delivery-store';
export type { ImportPatch, ImportStore } from './import-store';
export type { BreakerStore, RecentSend } from './breaker-store';
export type { NewSignal, SignalStore, StoredSignal } from './signal-store';
export type {
  DeliveryResult,
  EndpointHealth,
  EventEndpoint,
  EventStore,
  EventsFor,
  NewOutboundEvent,
  OutboxDelivery,
} from './event-store';

/** The store as a whole: what /readyz and start-up use. */
export interface StoreLifecycle {
  readonly kind: 'sqlite' | 'mongo';
  /**
   * Opens the database and checks it can serve. Idempotent. SQLite (embedded) also creates its
   * tables and runs its migrations here; MongoDB builds nothing at start-up: its collections and
   * indexes are built by `npm run migrate` (src/cli/migrate.ts, the Procfile's release phase).
   */
  init(): Promise<void>;
  /** Cheap, bounded round trip for /readyz; fails while the store cannot serve (indexes missing). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface Store
  extends
    StoreLifecycle,
    TenantStore,
    CategoryStore,
    OptOutStore,
    IdentityStore,
    InboxStore,
    CoordinationStore,
    ConversationStore,
    TaskStore,
    RecipientStore,
    DeliveryStore,
    ImportStore,
    ConsentStore,
    ContactDataStore,
    SignalStore,
    EventStore,
    BreakerStore {}
