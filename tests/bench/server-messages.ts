import type { MeterReading } from '../../server/observability/request-meter';

/** Messages between the bench and its server process, over the IPC channel. */
export type ToServer = { type: 'read-meter' };
export type FromServer =
  { type: 'listening'; port: number; processes: number } | { type: 'meter'; reading: MeterReading };
