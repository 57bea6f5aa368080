import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@outloud/server-core';
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
  ): Promise<SearchResultConnection> {
    return this.search.search(viewer, args);
  }

  @Query(() => [Post], {
    description: 'Answered questions close to a draft, to show before it is posted.',
  })
  similarQuestions(
    @CurrentViewer() viewer: Viewer,
    @Args() args: SimilarQuestionsArgs,
  ): Promise<Post[]> {
    return this.search.similarQuestions(viewer, args);
  }
}
