/**
 * The repository interface every service uses. Two real implementations: SQLite
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
import type {
  Category,
  Channel,
  Evidence,
  ImportJob,
  ImportKind,
  OptOut,
  OptOutEvent,
  OptOutSource,
  Origin,
  Recipient,
  RecipientStatus,
  Task,
  TaskReply,
  TaskStatus,
  TemplateParams,
  Tenant,
  TenantSettings,
} from '../domain/types';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageRequest {
  limit: number;
  cursor?: string | null;
}

// ---------------------------------------------------------------- tenants

export interface NewTenant {
  name: string;
  phoneNumberId: string | null;
  accessTokenEnc: string | null;
  settings: TenantSettings;
}

export interface TenantPatch {
  name?: string;
  phoneNumberId?: string | null;
  accessTokenEnc?: string | null;
  settings?: TenantSettings;
}

// ---------------------------------------------------------------- categories

export interface NewCategory {
  name: string;
  unsubscribeDays: number | null;
  description: string | null;
  keywords: string[];
}

export type CategoryPatch = Partial<NewCategory>;

// ---------------------------------------------------------------- opt-outs

export interface OptOutInput {
  tenantId: string;
  channel: Channel;
  contact: string;
  categoryId: string | null;
  origin: Origin;
  source: OptOutSource;
  startsAt: Date;
  expiresAt: Date | null;
  remarks: string | null;
  evidence: Evidence | null;
  actor: string;
}

/**
 * created: no row for the key; renewed: the row existed but was revoked, expired or not yet
 * started, and now runs again with the new validity; extended: active, the expiry moved later;
 * unchanged: active and already lasting at least as long (no event appended).
 */
export type UpsertOutcome = 'created' | 'extended' | 'renewed' | 'unchanged';

export interface OptOutFilter {
  channel?: Channel;
  /** Exact stored contacts (the caller normalises and may pass aliases). */
  contacts?: string[];
  /** A category id, or null for "all marketing" rows only; undefined = any scope. */
  categoryId?: string | null;
  source?: OptOutSource;
  origin?: Origin;
  /** true = active at `now`; false = revoked, expired or not yet started. */
  active?: boolean;
  createdFrom?: Date;
  createdTo?: Date;
}

export interface RevokeInput {
  tenantId: string;
  channel: Channel;
  /** Identifiers of one contact (aliases included). */
  contacts: string[];
  /** Only rows of these origins (START revokes `customer`, Meta's resume revokes `meta`). */
  origins: Origin[];
  actor: string;
  source: OptOutSource;
  evidence: Evidence | null;
}

// ---------------------------------------------------------------- inbox

/**
 * How soon a write must reach the disk. `durable` (every write unless a method says otherwise):
 * fsync'd before the call resolves. `deferred`: bookkeeping the fsync'd inbox can re-derive
 * (claims, completions, conversation state, event keys). SQLite writes it to the WAL without an
 * fsync: it survives a crash of the process, and a power cut can only lose it together with
 * everything committed after it up to the next fsync'd commit, so the inbox entry it came from
 * is processed again. MongoDB writes both with the connection's write concern.
 */
export type Durability = 'durable' | 'deferred';

export interface InboxEntry {
  id: string;
  body: string;
  receivedAt: Date;
  attempts: number;
}

// ---------------------------------------------------------------- conversations

export interface PendingQuestion {
  kind: 'confirm_opt_out';
  categoryId: string | null;
  taskId: string | null;
  /** The inbound message we asked about. */
  messageId: string;
  askedAt: Date;
}

export interface Conversation {
  tenantId: string;
  contact: string;
  pending: PendingQuestion | null;
  lastInboundAt: Date | null;
  language: string | null;
}

// ---------------------------------------------------------------- tasks

export interface NewTask {
  name: string;
  categoryId: string | null;
  template: Task['template'];
  startAt: Date | null;
  endAt: Date | null;
  policy: Task['policy'];
  followUp: Task['followUp'];
}

export type TaskPatch = Partial<NewTask> & { status?: TaskStatus; reason?: string | null };

export interface NewRecipient {
  contact: string;
  params: TemplateParams;
}

export type RecipientStats = Record<RecipientStatus, number> & {
  total: number;
  optedOutAfter: number;
};

/** What one send attempt came to; applied only to a recipient this owner still has claimed. */
export type SendResult =
  | { kind: 'sent'; messageId: string; waId: string | null }
  | { kind: 'failed'; code: number | null; title: string }
  | { kind: 'unknown'; title: string }
  | { kind: 'suppressed'; optOutId: string | null; code: number | null; title: string }
  /** Not sent (a retryable error): back to pending, not before `retryAt`. */
  | { kind: 'retry'; retryAt: Date; code: number | null; title: string }
  /**
   * Claimed but never tried (the batch stopped early: backoff, pause, window closed): back to
   * pending, not before `retryAt`, and the claim does not count as an attempt.
   */
  | { kind: 'release'; retryAt: Date };

export type DeliveryState = 'sent' | 'delivered' | 'read' | 'failed';

export interface StatusUpdate {
  messageId: string;
  status: DeliveryState;
  at: Date;
  errorCode: number | null;
  errorTitle: string | null;
  /**
   * With a `failed` status: the opt-out it revealed (Meta's 131050). The recipient then ends
   * `suppressed` by it rather than `failed` (final either way).
   */
  suppressedBy?: string | null;
}

export interface TaskMessageRef {
  tenantId: string;
  taskId: string;
  categoryId: string | null;
  recipientId: string;
  contact: string;
  messageId: string;
  sentAt: Date;
}

export interface ImportPatch {
  status?: ImportJob['status'];
  processed?: number;
  summary?: Record<string, unknown>;
  error?: string | null;
}

// ---------------------------------------------------------------- the store

export interface Store {
  readonly kind: 'sqlite' | 'mongo';
  /** Creates tables/collections and indexes; runs migrations. Idempotent. */
  init(): Promise<void>;
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;

  // tenants and keys
  createTenant(input: NewTenant, now: Date): Promise<Tenant>; // duplicate phoneNumberId → ConflictError
  getTenant(id: string): Promise<Tenant | null>;
  findTenantByPhoneNumberId(phoneNumberId: string): Promise<Tenant | null>;
  listTenants(page: PageRequest): Promise<Page<Tenant>>;
  updateTenant(id: string, patch: TenantPatch, now: Date): Promise<Tenant | null>;
  /** Stores a key hash; `revokeOthers` revokes every earlier key of the tenant (rotation). */
  addApiKey(
    tenantId: string,
    keyHash: string,
    prefix: string,
    revokeOthers: boolean,
    now: Date,
  ): Promise<void>;
  findTenantIdByApiKeyHash(keyHash: string): Promise<string | null>;

  // categories
  createCategory(tenantId: string, input: NewCategory, now: Date): Promise<Category>; // same name (any case) → ConflictError
  getCategory(tenantId: string, id: string): Promise<Category | null>;
  listCategories(tenantId: string, page: PageRequest): Promise<Page<Category>>;
  updateCategory(
    tenantId: string,
    id: string,
    patch: CategoryPatch,
    now: Date,
  ): Promise<Category | null>;
  /** How many opt-outs and tasks refer to the category. */
  categoryUsage(tenantId: string, id: string): Promise<{ optOuts: number; tasks: number }>;
  deleteCategory(tenantId: string, id: string): Promise<boolean>;

  // opt-outs
  /** One row per (tenant, channel, contact, category, origin): atomic create-or-update, plus an event. */
  upsertOptOut(input: OptOutInput, now: Date): Promise<{ optOut: OptOut; outcome: UpsertOutcome }>;
  /** Many upserts in one transaction where the backend allows it (imports). Same rules each. */
  upsertOptOuts(inputs: OptOutInput[], now: Date): Promise<UpsertOutcome[]>;
  getOptOut(tenantId: string, id: string): Promise<OptOut | null>;
  listOptOuts(
    tenantId: string,
    filter: OptOutFilter,
    page: PageRequest,
    now: Date,
  ): Promise<Page<OptOut>>;
  /** Sets revokedAt/revokedBy and appends an event; revoking a revoked row changes nothing. */
  revokeOptOut(tenantId: string, id: string, actor: string, now: Date): Promise<OptOut | null>;
  /** Revokes the active rows of these origins for any of the contacts; returns those revoked. */
  revokeOptOutsFor(input: RevokeInput, now: Date): Promise<OptOut[]>;
  listOptOutEvents(tenantId: string, optOutId: string): Promise<OptOutEvent[]>;
  /** Every active opt-out (any scope) whose contact is one of these identifiers. */
  findActiveOptOuts(
    tenantId: string,
    channel: Channel,
    contacts: string[],
    now: Date,
  ): Promise<OptOut[]>;
  /**
   * The suppression check the dispatcher runs before every batch, in one round trip against
   * the database: for each input contact, an active opt-out that covers `categoryId` (or all
   * marketing) on the contact or on any identifier linked to it. Contacts not suppressed are
   * absent from the map.
   */
  findSuppressions(
    tenantId: string,
    channel: Channel,
    contacts: string[],
    categoryId: string | null,
    now: Date,
  ): Promise<Map<string, OptOut>>;
  /**
   * The same check with only what the dispatcher records: each suppressed input contact mapped
   * to the id of the opt-out `findSuppressions` returns for it. The hot path: it reads no more
   * of the database than the decision needs.
   */
  findSuppressionIds(
    tenantId: string,
    channel: Channel,
    contacts: string[],
    categoryId: string | null,
    now: Date,
  ): Promise<Map<string, string>>;

  // contact identities (E.164, wa_id, BSUID seen together)
  /** Records that these identifiers are one contact (union of their groups). */
  linkIdentifiers(
    tenantId: string,
    channel: Channel,
    identifiers: string[],
    now: Date,
  ): Promise<void>;
  /** The identifiers themselves plus every identifier linked to any of them. */
  identifiersOf(tenantId: string, channel: Channel, identifiers: string[]): Promise<string[]>;

  // webhook inbox (durable before the 200)
  /** Stores the bodies durably (fsync'd) in one transaction; resolves with their ids in order. */
  appendInbox(entries: { body: string; receivedAt: Date }[]): Promise<string[]>;
  /**
   * Claims up to `limit` unprocessed entries (or ones whose claim is older than leaseMs), oldest
   * first. Like completeInbox, a `deferred` write (see Durability).
   */
  claimInbox(owner: string, limit: number, leaseMs: number, now: Date): Promise<InboxEntry[]>;
  /** A `deferred` write (see Durability). */
  completeInbox(
    id: string,
    outcome: 'processed' | 'failed',
    error: string | null,
    now: Date,
  ): Promise<void>;
  inboxBacklog(): Promise<{ pending: number; oldestReceivedAt: Date | null }>;

  // idempotency keys
  /**
   * True when `key` was not recorded before (and records it): an atomic insert on a unique index.
   * `deferred` for a key the inbox can re-derive (an event marked done); the default, `durable`,
   * for a key that guards something the world sees (a reply about to be sent).
   */
  claimOnce(key: string, now: Date, durability?: Durability): Promise<boolean>;
  hasKey(key: string): Promise<boolean>;

  // conversations
  getConversation(tenantId: string, contact: string): Promise<Conversation | null>;
  /** Upsert; `pending: undefined` keeps the stored value. A `deferred` write (see Durability). */
  saveConversation(
    tenantId: string,
    contact: string,
    patch: { pending?: PendingQuestion | null; lastInboundAt?: Date; language?: string | null },
    now: Date,
  ): Promise<void>;

  // tasks
  createTask(tenantId: string, input: NewTask, now: Date): Promise<Task>;
  getTask(tenantId: string, id: string): Promise<Task | null>;
  listTasks(
    tenantId: string,
    filter: { status?: TaskStatus },
    page: PageRequest,
  ): Promise<Page<Task>>;
  /** Compare-and-set: applies the patch only while the task's status is one of `from`. */
  updateTask(
    tenantId: string,
    id: string,
    from: TaskStatus[],
    patch: TaskPatch,
    now: Date,
  ): Promise<Task | null>;
  /** Tasks in `scheduled` or `running` whose startAt is null or <= now, every tenant. */
  listDueTasks(now: Date): Promise<Task[]>;

  // recipients
  /** Inserts, ignoring contacts already on the task (unique index); returns how many were new. */
  addRecipients(
    tenantId: string,
    taskId: string,
    rows: NewRecipient[],
  ): Promise<{ inserted: number }>;
  listRecipients(
    tenantId: string,
    taskId: string,
    filter: { status?: RecipientStatus },
    page: PageRequest,
  ): Promise<Page<Recipient>>;
  recipientStats(tenantId: string, taskId: string): Promise<RecipientStats>;
  /** Pending recipients due at `now` (nextAttemptAt null or past), oldest first. */
  loadPending(taskId: string, limit: number, now: Date): Promise<Recipient[]>;
  /** pending → suppressed with the opt-out that suppressed each. */
  markSuppressed(
    taskId: string,
    rows: { recipientId: string; optOutId: string }[],
    now: Date,
  ): Promise<void>;
  /** pending → sending, owned by `owner`; returns the ids this call claimed. */
  claimRecipients(
    taskId: string,
    recipientIds: string[],
    owner: string,
    now: Date,
  ): Promise<string[]>;
  /** Applies a result to a recipient still `sending` and claimed by `owner`; false otherwise. */
  recordSendResult(
    recipientId: string,
    owner: string,
    result: SendResult,
    now: Date,
  ): Promise<boolean>;
  /**
   * Marks claimed recipients whose request is about to leave (call right before sending, a
   * fraction of a second of sends at a time). Returns how many this owner still had claimed.
   */
  markSendsStarted(recipientIds: string[], owner: string, now: Date): Promise<number>;
  /**
   * Recipients left `sending` by an owner that died: those marked started → unknown (never
   * re-sent: the request may have left); those never started → pending again. Returns how many
   * became unknown.
   */
  resolveAbandonedSends(taskId: string, now: Date): Promise<number>;
  /** Applies a delivery status by message id, monotonically (sent < delivered < read; failed is final). */
  applyStatus(update: StatusUpdate): Promise<TaskMessageRef | null>;
  findTaskMessage(messageId: string): Promise<TaskMessageRef | null>;
  /** The most recent task message sent to any of these identifiers since `since`. */
  latestTaskMessageTo(
    tenantId: string,
    contacts: string[],
    since: Date,
  ): Promise<TaskMessageRef | null>;
  markOptedOutAfter(recipientId: string, at: Date): Promise<void>;
  /** Records a non-opt-out reply (unique per message id) and sets the recipient's lastReply. */
  recordReply(reply: Omit<TaskReply, 'id'>): Promise<boolean>;
  listReplies(tenantId: string, taskId: string, page: PageRequest): Promise<Page<TaskReply>>;

  // dispatch leases (one holder per sending number)
  /** Takes or renews the lease when free, expired, or already ours. */
  acquireLease(key: string, owner: string, ttlMs: number, now: Date): Promise<boolean>;
  releaseLease(key: string, owner: string): Promise<void>;

  // background imports: each has an owner (the instance running it) and a heartbeat (updatedAt)
  createImport(
    tenantId: string,
    kind: ImportKind,
    taskId: string | null,
    now: Date,
    owner: string,
  ): Promise<ImportJob>;
  /**
   * Records progress or the outcome, and beats the heartbeat (updatedAt = now). Only while the
   * import runs and `owner` runs it: false when it does not (failed as stale by another
   * instance), and the owner must then stop.
   */
  updateImport(id: string, patch: ImportPatch, now: Date, owner: string): Promise<boolean>;
  getImport(tenantId: string, id: string): Promise<ImportJob | null>;
  /**
   * Running imports whose heartbeat is older than `staleBefore` (their process died) are marked
   * failed, keeping what they recorded; returns them as they were. An import a live instance
   * runs beats more often than that, so it is never touched.
   */
  failStaleImports(staleBefore: Date, now: Date): Promise<ImportJob[]>;
}
