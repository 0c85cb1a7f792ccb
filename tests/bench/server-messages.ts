import type { MeterReading } from '../../server/observability/request-meter';

/** The server's meter, with the peak resident memory of its largest process since it started. */
export type ServerReading = MeterReading & { peakRssMb: number };

/** Messages between the bench and its server process, over the IPC channel. */
export type ToServer = { type: 'read-meter' };
export type FromServer =
  { type: 'listening'; port: number; processes: number } | { type: 'meter'; reading: ServerReading };
