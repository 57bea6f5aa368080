import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, GraphqlContext, Viewer } from '@outloud/server-core';
import { Post } from '@outloud/stream';
import { SearchService } from '../search.service';
import { SearchArgs, SearchResultConnection, SimilarQuestionsArgs } from './search.model';

@Resolver()
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Query(() => SearchResultConnection, {
    name: 'search',
    description:
      'Posts, people, files, bookmarks and communities matching what was typed, only what the viewer may see.',
  })
  searchAll(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SearchArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<SearchResultConnection> {
    return this.search.search(viewer, args, ctx.req);
  }

  @Query(() => [Post], {
    description: 'Answered questions close to a draft, to show before it is posted.',
  })
  similarQuestions(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SimilarQuestionsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<Post[]> {
    return this.search.similarQuestions(viewer, args, ctx.req);
  }
}
