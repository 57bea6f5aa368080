import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import { Bookmark } from '@outloud/bookmarks';
import { Community } from '@outloud/communities';
import { File } from '@outloud/files';
import { User } from '@outloud/identity';
import { PageInfo } from '@outloud/server-core';
import { Post } from '@outloud/stream';

export enum SearchType {
  POST = 'post',
  PERSON = 'user',
  FILE = 'file',
  BOOKMARK = 'bookmark',
  COMMUNITY = 'community',
}
registerEnumType(SearchType, {
  name: 'SearchType',
  valuesMap: {
    POST: { description: 'Posts and questions, with their replies folded in.' },
    PERSON: { description: 'People: name, handle, job title, department, expertise.' },
    FILE: { description: 'Files: name, description, tags and extracted text.' },
    BOOKMARK: { description: 'Bookmarks: title, description, link and tags.' },
    COMMUNITY: { description: 'Communities: name, description and tags.' },
  },
});

@InputType({ description: 'Narrows a search; every filter is optional and they combine with AND.' })
export class SearchFilters {
  @Field(() => [ID], { nullable: true })
  communityIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  authorIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these tags (without #).' })
  tags?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only questions with an accepted answer.' })
  answeredOnly?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Created at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Created before.' })
  to?: Date | null;
}

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      'What people type. A pasted question is words; a short query may use "phrases", -words, tag:x, author:handle and in:community-slug. Misspelt words are corrected from the words people may see (see correctedQuery).',
  })
  query: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Search for exactly what was typed: no typo corrections ("search instead for").',
  })
  literal?: boolean | null;

  @Field(() => [SearchType], { nullable: true, description: 'Default: every type.' })
  types?: SearchType[] | null;

  @Field(() => SearchFilters, { nullable: true })
  filters?: SearchFilters | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Opaque cursor from pageInfo.endCursor.' })
  after?: string | null;
}

@ArgsType()
export class SimilarQuestionsArgs {
  @Field({ description: 'The question being written.' })
  draft: string;

  @Field(() => Int, { nullable: true, description: '1 to 10 (default 5).' })
  first?: number | null;
}

@ObjectType()
export class SearchHighlight {
  @Field({ description: 'title, body or answer.' })
  field: string;

  @Field({ description: 'HTML: text escaped, matches wrapped in <mark>; nothing else.' })
  html: string;
}

@ObjectType({
  description:
    'One result: a post, person, file, bookmark or community (the field named by type), with why it matched.',
})
export class SearchHit {
  @Field(() => SearchType)
  type: SearchType;

  @Field(() => Float)
  score: number;

  @Field(() => String, {
    nullable: true,
    description: 'Best snippet as HTML (accepted answer for answered questions).',
  })
  highlight: string | null;

  @Field(() => [SearchHighlight])
  highlights: SearchHighlight[];

  @Field(() => Post, { nullable: true })
  post: Post | null;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => File, { nullable: true })
  file: File | null;

  @Field(() => Bookmark, { nullable: true })
  bookmark: Bookmark | null;

  @Field(() => Community, { nullable: true })
  community: Community | null;
}

@ObjectType()
export class SearchFacetCount {
  @Field({
    description: 'Type name (post, user, file, bookmark, community), tag, or community id.',
  })
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Counts over everything the viewer may see that matched.' })
export class SearchFacets {
  @Field(() => [SearchFacetCount])
  types: SearchFacetCount[];

  @Field(() => [SearchFacetCount])
  tags: SearchFacetCount[];

  @Field(() => [SearchFacetCount])
  communities: SearchFacetCount[];
}

@ObjectType()
export class SearchHitEdge {
  @Field()
  cursor: string;

  @Field(() => SearchHit)
  node: SearchHit;
}

@ObjectType({ description: 'A misspelt word of the query and the word it was searched as.' })
export class SearchCorrection {
  @Field({ description: 'As typed.' })
  original: string;

  @Field({ description: 'The word searched instead (lower case, from the index).' })
  corrected: string;
}

@ObjectType()
export class SearchResultConnection {
  @Field(() => [SearchHitEdge])
  edges: SearchHitEdge[];

  @Field(() => [SearchHit])
  nodes: SearchHit[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Matches the viewer may see.' })
  totalCount: number;

  @Field(() => SearchFacets)
  facets: SearchFacets;

  @Field(() => String, {
    nullable: true,
    description:
      'The query as searched when words were corrected ("Showing results for …"); null when searched as typed.',
  })
  correctedQuery: string | null;

  @Field(() => [SearchCorrection])
  corrections: SearchCorrection[];

  @Field({ description: "The query's language as detected: english, swedish or french." })
  language: string;
}
