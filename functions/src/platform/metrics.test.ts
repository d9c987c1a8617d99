import { describe, expect, it } from 'vitest';
import { must } from '../../test/must.js';
import { createLogger } from './logger.js';
import { createMetrics } from './metrics.js';

/** Powertools writes Embedded Metric Format lines to stdout: read them there. */
async function stdoutOf(work: () => Promise<void>) {
  const lines: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  }) as typeof process.stdout.write;
  try {
    await work();
  } finally {
    process.stdout.write = write;
  }
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('operator metrics', () => {
  it('on Lambda, loads Powertools on the first metric and writes each in order before written() resolves', async () => {
    const lines = await stdoutOf(async () => {
      const metrics = createMetrics(createLogger('silent'), true);
      metrics.record('DeviceLinked');
      metrics.record('UploadRefused', 1, { reason: 'file_too_large' });
      metrics.record('CheckerTime', 42, { kind: 'pdf' });
      await metrics.written();
    });
    const written = lines.filter((line) => '_aws' in line);
    expect(written.map((line) => Object.keys(line).find((key) => /^[A-Z]/.test(key)))).toEqual([
      'DeviceLinked',
      'UploadRefused',
      'CheckerTime',
    ]);
    expect(written[1]).toMatchObject({ reason: 'file_too_large', UploadRefused: 1 });
    expect(written[2]).toMatchObject({ kind: 'pdf', CheckerTime: 42 });
    const aws = must(written[2], 'the third metric line')._aws as {
      CloudWatchMetrics: { Namespace: string; Metrics: unknown[] }[];
    };
    const directive = must(aws.CloudWatchMetrics[0], "the line's CloudWatchMetrics directive");
    expect(directive).toMatchObject({
      Namespace: 'Passerelle',
      Metrics: [{ Name: 'CheckerTime', Unit: 'Milliseconds' }],
    });
  });

  it('off Lambda, writes no metric line (the debug log carries them)', async () => {
    const lines = await stdoutOf(async () => {
      const metrics = createMetrics(createLogger('silent'), false);
      metrics.record('ServerError');
      await metrics.written();
    });
    expect(lines.filter((line) => '_aws' in line)).toEqual([]);
  });
});
