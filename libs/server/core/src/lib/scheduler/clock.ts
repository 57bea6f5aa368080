import { Injectable } from '@nestjs/common';

/**
 * The time services act on. One provider, so a test can move it (fake clock) for everything that
 * asks it, instead of each service reading `new Date()`.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
