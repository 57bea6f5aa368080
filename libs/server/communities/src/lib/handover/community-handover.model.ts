import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '@outloud/identity';
import { Community } from '../dto/community.model';

@ObjectType({
  description:
    'A community no active owner looks after: its owners left and no active member could take over. An admin picks the new owner.',
})
export class CommunityAwaitingOwner {
  @Field(() => Community)
  community: Community;

  @Field(() => [User], { description: 'Its owners, all former colleagues now (if any).' })
  formerOwners: User[];
}
