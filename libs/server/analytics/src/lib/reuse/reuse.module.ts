import { Module } from '@nestjs/common';
import { ReuseCounter } from './reuse-counter';
import { AnalyticsReuseResolver, QuestionUseResolver } from './reuse.resolver';
import { ReuseRepository } from './reuse.repository';
import { KnowledgeReuseService } from './reuse.service';

/** Knowledge reuse: the buffered counter, its tables and the dashboard's figures. */
@Module({
  providers: [
    ReuseRepository,
    ReuseCounter,
    KnowledgeReuseService,
    AnalyticsReuseResolver,
    QuestionUseResolver,
  ],
  exports: [KnowledgeReuseService, ReuseCounter],
})
export class AnalyticsReuseModule {}
