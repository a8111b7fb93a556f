// Destination numbers that make a sandbox message end the way a reader wants to see.
// The docs page renders this table, so what it promises is what the sandbox does.

export type Outcome = 'delivered' | 'read' | 'undelivered' | 'failed';

export interface TestNumber {
  to: string;
  outcome: Outcome;
  /** The statuses the message passes through after `queued`, in order. */
  path: string[];
  /** The delivery error code it ends with (from the catalog), for the failing outcomes. */
  errorCode: string | null;
}

export const testNumbers: TestNumber[] = [
  { to: '+15550001111', outcome: 'delivered', path: ['initiated', 'sent', 'delivered'], errorCode: null },
  { to: '+15550002222', outcome: 'read', path: ['initiated', 'sent', 'delivered', 'read'], errorCode: null },
  {
    to: '+15550003333',
    outcome: 'undelivered',
    path: ['initiated', 'sent', 'undelivered'],
    errorCode: 'unreachable_destination_handset',
  },
  {
    to: '+15550004444',
    outcome: 'failed',
    path: ['initiated', 'failed'],
    errorCode: 'insufficient_balance_to_send_message',
  },
];

/** Any number that is not a test number behaves like the `delivered` one. */
export function testNumberFor(to: string): TestNumber {
  return testNumbers.find((n) => n.to === to) ?? testNumbers[0];
}
