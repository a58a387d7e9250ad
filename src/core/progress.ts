import { MultiBar, SingleBar, Presets } from 'cli-progress';
import { formatDuration } from './duration.js';

/** Receives the progress of one piece of long work; `done` is called once at the end. */
export interface Progress {
  update(completed: number): void;
  increment(count?: number): void;
  done(): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  unit: string;
  stream: NodeJS.WriteStream | NodeJS.WritableStream;
  /** Seconds between plain progress lines when the stream is not a terminal. */
  intervalSeconds?: number;
  now?: () => number;
}

/** A progress bar on a terminal; elsewhere (logs, CI) plain lines with counts, rate and time left. */
export function createProgress(options: ProgressOptions): Progress {
  const isTerminal = 'isTTY' in options.stream && options.stream.isTTY;
  return isTerminal ? terminalProgress(options) : lineProgress(options);
}

/** Progress for pieces of work that run at the same time: one bar each on a terminal, plain lines elsewhere. */
export interface ProgressGroup {
  add(options: Pick<ProgressOptions, 'label' | 'total' | 'unit'>): Progress;
  /** Writes a line of results to `out`, above the bars when both share the terminal. */
  print(line: string, out: NodeJS.WritableStream): void;
  stop(): void;
}

export function createProgressGroup(stream: NodeJS.WriteStream | NodeJS.WritableStream): ProgressGroup {
  if (!('isTTY' in stream && stream.isTTY)) {
    return {
      add: (options) => lineProgress({ ...options, stream }),
      print: (line, out) => out.write(`${line}\n`),
      stop: () => undefined,
    };
  }
  const bars = new MultiBar(
    { format: BAR_FORMAT, stream, hideCursor: true, etaBuffer: 50 },
    Presets.shades_classic,
  );
  return {
    add(options) {
      const bar = bars.create(options.total, 0, { rate: '0', label: options.label, unit: options.unit });
      // A finished piece's bar gives way: its result is printed instead.
      return barProgress(bar, () => bars.remove(bar));
    },
    print(line, out) {
      // A terminal shows both streams in one place: written above the bars, not through them.
      if ('isTTY' in out && out.isTTY) {
        bars.log(`${line}\n`);
        bars.update();
      } else out.write(`${line}\n`);
    },
    stop() {
      bars.stop();
    },
  };
}

const BAR_FORMAT = '{label} [{bar}] {value}/{total} {unit} | {rate}/s | {eta_formatted} left';

/** Progress that reports nothing, for work run without a user watching. */
export const silentProgress: Progress = { update() {}, increment() {}, done() {} };

function terminalProgress(options: ProgressOptions): Progress {
  const bar = new SingleBar(
    {
      format: `${options.label} [{bar}] {value}/{total} ${options.unit} | {rate}/s | {eta_formatted} left`,
      stream: options.stream,
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  bar.start(options.total, 0, { rate: '0' });
  return barProgress(bar, () => bar.stop());
}

/** Progress shown on a started bar, with the rate since it started; `finish` ends the bar. */
function barProgress(bar: Pick<SingleBar, 'update'>, finish: () => void): Progress {
  const started = Date.now();
  let completed = 0;
  const show = (): void => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    bar.update(completed, { rate: (completed / seconds).toFixed(0) });
  };
  return {
    update(value) {
      completed = value;
      show();
    },
    increment(count = 1) {
      completed += count;
      show();
    },
    done: finish,
  };
}

function lineProgress(options: ProgressOptions): Progress {
  const now = options.now ?? Date.now;
  const intervalMs = (options.intervalSeconds ?? 5) * 1000;
  const started = now();
  let completed = 0;
  let lastLine = started;
  const write = (): void => {
    options.stream.write(`${describeProgress(options, completed, (now() - started) / 1000)}\n`);
    lastLine = now();
  };
  return {
    update(value) {
      completed = value;
      if (now() - lastLine >= intervalMs) write();
    },
    increment(count = 1) {
      this.update(completed + count);
    },
    done() {
      write();
    },
  };
}

/** One plain progress line: `label: 1,200/5,000 rows (24%), 600 rows/s, about 6 s left`. */
export function describeProgress(
  options: Pick<ProgressOptions, 'label' | 'total' | 'unit'>,
  completed: number,
  elapsedSeconds: number,
): string {
  const { label, total, unit } = options;
  const count = `${completed.toLocaleString('en')}/${total.toLocaleString('en')} ${unit}`;
  const percent = total > 0 ? ` (${Math.floor((completed / total) * 100)}%)` : '';
  if (elapsedSeconds <= 0 || completed === 0) return `${label}: ${count}${percent}`;
  const rate = completed / elapsedSeconds;
  const rateText = `${rate >= 10 ? Math.round(rate).toLocaleString('en') : rate.toFixed(1)} ${unit}/s`;
  if (completed >= total)
    return `${label}: ${count}${percent}, ${rateText}, took ${formatDuration(elapsedSeconds)}`;
  const left = (total - completed) / rate;
  return `${label}: ${count}${percent}, ${rateText}, about ${formatDuration(left)} left`;
}
