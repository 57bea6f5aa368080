import { Writable } from 'node:stream';
import { createLogger, PinoNestLogger } from './logger';

function capture(level: string) {
  const lines: { level: number; context?: string; msg: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()));
      done();
    },
  });
  return { lines, logger: new PinoNestLogger(createLogger(level, sink)) };
}

describe('PinoNestLogger', () => {
  it("keeps Nest's start-up lines (modules, routes) out of the info log", () => {
    const { lines, logger } = capture('info');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    logger.log('Mapped {/graphql, POST} route', 'RouterExplorer');
    logger.log('Nest application successfully started', 'NestApplication');
    logger.log('Embedded PostgreSQL running', 'Database');
    expect(lines.map((l) => l.msg)).toEqual(['Embedded PostgreSQL running']);
  });

  it('still has them at debug level', () => {
    const { lines, logger } = capture('debug');
    logger.log('Mapped {/graphql, POST} route', 'RouterExplorer');
    expect(lines).toEqual([expect.objectContaining({ level: 20, context: 'RouterExplorer' })]);
  });
});
