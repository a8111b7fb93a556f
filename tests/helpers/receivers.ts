// The status callback receivers, one per language the guides use, and how each one runs.
import { goBinary, interpreted, memo, monoExe, need, type Launcher } from './toolchains.ts';

export interface ReceiverSample {
  name: string;
  file: string;
  /** The argv that serves on `port`; PHP takes it on its command line, the others from PORT. */
  launch: (scratch: string) => (port: number) => Promise<string[]>;
  /**
   * How it prints an event: `line`, `<id> <status>[ (final)][ <code>: <message>][ key=value…]`,
   * once per id and status; `body`, the verified body as it came (Java, with no JSON parser of its
   * own, leaves parsing and skipping repeats to the reader's JSON library); `id and status`, that
   * line and no more, for each event, repeats included (the SDK example keeps to the signature).
   */
  prints: 'line' | 'body' | 'id and status';
}

const fixed = (launcher: Launcher) => () => async () => launcher();
const none = () => {};
const built = (make: (scratch: string) => Promise<string[]>) => {
  let made: ReturnType<typeof memo<string[]>> | undefined;
  return (scratch: string) => {
    made ??= memo(() => make(scratch));
    return async () => made!();
  };
};

export const receivers: ReceiverSample[] = [
  { name: 'Node.js', file: 'samples/status-callbacks/receiver.mjs', prints: 'line', launch: fixed(interpreted(none, process.execPath, 'samples/status-callbacks/receiver.mjs')) },
  {
    name: "Node.js with SignalWire's validateRequest",
    file: 'samples/status-callbacks/receiver-sdk.mjs',
    prints: 'id and status',
    launch: fixed(interpreted(none, process.execPath, 'samples/status-callbacks/receiver-sdk.mjs')),
  },
  { name: 'Python', file: 'samples/status-callbacks/receiver.py', prints: 'line', launch: fixed(interpreted(() => need('python3'), 'python3', 'samples/status-callbacks/receiver.py')) },
  { name: 'Go', file: 'samples/status-callbacks/receiver.go', prints: 'line', launch: built((scratch) => goBinary('samples/status-callbacks/receiver.go', scratch)) },
  { name: 'Ruby', file: 'samples/status-callbacks/receiver.rb', prints: 'line', launch: fixed(interpreted(() => need('ruby'), 'ruby', 'samples/status-callbacks/receiver.rb')) },
  {
    name: 'PHP',
    file: 'samples/status-callbacks/receiver.php',
    prints: 'line',
    // The command line the sample's header gives, on the port the test picked.
    launch: () => async (port) => {
      need('php');
      return ['php', '-S', `127.0.0.1:${port}`, 'samples/status-callbacks/receiver.php'];
    },
  },
  { name: 'Java', file: 'samples/status-callbacks/Receiver.java', prints: 'body', launch: fixed(interpreted(() => need('java'), 'java', 'samples/status-callbacks/Receiver.java')) },
  { name: 'C#', file: 'samples/status-callbacks/Receiver.cs', prints: 'line', launch: built((scratch) => monoExe('samples/status-callbacks/Receiver.cs', scratch)) },
];

export const receiverFiles = receivers.map((receiver) => receiver.file);
