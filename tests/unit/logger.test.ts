import pino from 'pino';
import { Writable } from 'node:stream';
import { loggerOptions } from '../../server/observability/logger';

/** Secrets and evidence never reach a log line, even when code logs an object that carries them. */
function logged(write: (logger: pino.Logger) => void): Record<string, any> {
  let line = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      line += chunk.toString();
      done();
    },
  });
  write(pino(loggerOptions(), sink));
  return JSON.parse(line);
}

it('redacts authorization headers, passwords, tokens, variables and evidence', () => {
  const entry = logged((logger) =>
    logger.info(
      {
        req: { headers: { authorization: 'Bearer pxs_secret', cookie: 'c=1', 'user-agent': 'curl' } },
        password: 'PhuXanh@2026',
        token: 'pxs_secret',
        variables: { password: 'PhuXanh@2026' },
        input: { evidence: { note: 'biên bản nội bộ' }, unitId: '7' },
        operation: 'Login',
      },
      'graphql request',
    ),
  );
  expect(JSON.stringify(entry)).not.toMatch(/pxs_secret|PhuXanh@2026|biên bản|c=1/);
  expect(entry).toMatchObject({
    req: { headers: { authorization: '[redacted]', 'user-agent': 'curl' } },
    password: '[redacted]',
    token: '[redacted]',
    variables: '[redacted]',
    input: { evidence: '[redacted]', unitId: '7' },
    operation: 'Login',
    msg: 'graphql request',
  });
});

it('takes its level from PHUXANH_LOG_LEVEL, info by default', () => {
  const before = process.env.PHUXANH_LOG_LEVEL;
  try {
    delete process.env.PHUXANH_LOG_LEVEL;
    expect(loggerOptions().level).toBe('info');
    process.env.PHUXANH_LOG_LEVEL = 'DEBUG';
    expect(loggerOptions().level).toBe('debug');
    process.env.PHUXANH_LOG_LEVEL = 'loud';
    expect(loggerOptions().level).toBe('info');
  } finally {
    process.env.PHUXANH_LOG_LEVEL = before;
    if (before === undefined) delete process.env.PHUXANH_LOG_LEVEL;
  }
});
