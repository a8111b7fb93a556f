// Numbers that make the sandbox answer the way a reader wants to see, as Stripe's test cards
// do. The sandbox page renders these tables, so what it promises is what the sandbox does.

export type Outcome = 'delivered' | 'sent' | 'undelivered' | 'failed';

export interface TestNumber {
  to: string;
  /** How an SMS to this number ends. */
  outcome: Outcome;
  /** The statuses an SMS passes through after `queued`, in order. */
  path: string[];
  /** The delivery error code it ends with (from the catalog), for the failing outcomes. */
  errorCode: string | null;
  /** What the number stands for, in a few words. */
  stands_for: string;
  /** True when no status callback of its messages arrives, as when a receiver is unreachable. */
  callbacksLost?: boolean;
}

export const testNumbers: TestNumber[] = [
  {
    to: '+15550001111',
    outcome: 'delivered',
    path: ['initiated', 'sent', 'delivered'],
    errorCode: null,
    stands_for: 'A carrier that sends delivery receipts.',
  },
  {
    to: '+15550002222',
    outcome: 'sent',
    path: ['initiated', 'sent'],
    errorCode: null,
    stands_for: 'A carrier that never sends a delivery receipt.',
  },
  {
    to: '+15550003333',
    outcome: 'undelivered',
    path: ['initiated', 'sent', 'undelivered'],
    errorCode: 'unreachable_destination_handset',
    stands_for: 'A phone the carrier cannot reach.',
  },
  {
    to: '+15550004444',
    outcome: 'failed',
    path: ['initiated', 'failed'],
    errorCode: 'insufficient_balance_to_send_message',
    stands_for: 'An account whose balance cannot pay for the message.',
  },
  {
    to: '+15550005555',
    outcome: 'delivered',
    path: ['initiated', 'sent', 'delivered'],
    errorCode: null,
    stands_for: 'A receiver that was down: the message is delivered, and no status callback arrives.',
    callbacksLost: true,
  },
];

/** Any number that is not a test number behaves like the `delivered` one. */
export function testNumberFor(to: string): TestNumber {
  return testNumbers.find((n) => n.to === to) ?? testNumbers[0];
}

/**
 * The statuses a message passes through. What follows `sent` comes from the carrier's delivery
 * receipt, and an MMS never gets one, so an MMS stops at `sent` unless it failed before.
 */
export function pathFor(number: TestNumber, kind: 'sms' | 'mms'): string[] {
  const sent = number.path.indexOf('sent');
  return kind === 'mms' && sent >= 0 ? number.path.slice(0, sent + 1) : number.path;
}

export interface RefusingNumber {
  /** The request field that carries the number. */
  field: 'to' | 'from';
  number: string;
  /** The request-time code (from the catalog) the send is refused with. */
  code: string;
  /** Refused for this kind of message only; both kinds when absent. */
  kind?: 'sms' | 'mms';
  stands_for: string;
}

// The `from` numbers here count as the sandbox project's own, so each one reaches its rule.
export const refusingNumbers: RefusingNumber[] = [
  { field: 'to', number: '+15550100001', code: 'not_routeable', stands_for: 'A destination no route reaches.' },
  {
    field: 'to',
    number: '+15550100002',
    code: 'sending_restricted_to_verified',
    stands_for: 'An unverified destination, from an account that may only send to verified numbers.',
  },
  {
    field: 'to',
    number: '+15550100003',
    code: 'integration_test_verified_caller_required',
    stands_for: 'A destination other than the verified caller ID, from a trial campaign.',
  },
  { field: 'from', number: '+15550200001', code: 'inactive_campaign', stands_for: 'A number whose 10DLC campaign is not active.' },
  {
    field: 'from',
    number: '+15550200002',
    code: 'missing_messaging_capability',
    kind: 'mms',
    stands_for: 'A number that can send SMS but not MMS.',
  },
  {
    field: 'from',
    number: '+15550200003',
    code: 'verified_caller_id_not_permitted',
    stands_for: 'A verified caller ID of the project, not a purchased number.',
  },
  { field: 'from', number: '+15550200004', code: 'pft_daily_limit_exceeded', stands_for: 'A Platform Free Trial account that sent 200 messages today.' },
  {
    field: 'from',
    number: '+15550200005',
    code: 'sole_proprietor_daily_limit_exceeded',
    stands_for: 'A sole-proprietor brand that sent 1,000 messages today.',
  },
  {
    field: 'from',
    number: '+15550200006',
    code: 'message_backlog_limit_exceeded',
    stands_for: 'An account with too many messages waiting to be sent.',
  },
];

/** A `to` that makes the sandbox answer 500, so a reader can test a retry loop. */
export const serverErrorNumber = '+15550100500';

export function refusals(field: 'to' | 'from', number: string, kind: 'sms' | 'mms'): RefusingNumber[] {
  return refusingNumbers.filter((n) => n.field === field && n.number === number && (!n.kind || n.kind === kind));
}

/** Whether `from` is one of the test numbers the sandbox treats as its project's own. */
export const isTestSender = (from: string) => refusingNumbers.some((n) => n.field === 'from' && n.number === from);

/** A message ID whose log is older than the history limit, as a reader's oldest logs would be. */
export const beyondHistoryId = '11111111-1111-4111-8111-111111111111';
