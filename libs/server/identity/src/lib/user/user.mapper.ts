import { UserStatus } from '@outloud/contracts';
import { User } from './dto/user.model';
import { UserEntity } from './user.entity';

/** `profileHidden` comes with people loaded by id (`UserRepository.findByIds`). */
export function toUserModel(entity: UserEntity & { profileHidden?: boolean }): User {
  return {
    id: entity.id,
    handle: entity.handle,
    displayName: entity.displayName,
    jobTitle: entity.jobTitle,
    department: entity.department,
    location: entity.location,
    bio: entity.bio,
    expertise: entity.expertise ?? [],
    locale: entity.locale ?? null,
    role: entity.role,
    status: entity.status,
    isFormerColleague: entity.status === UserStatus.DEACTIVATED,
    createdAt: entity.createdAt,
    emailAddress: entity.email,
    lastActive: entity.lastActiveAt ?? null,
    avatarSha256: entity.avatarSha256,
    profileHidden: entity.profileHidden,
  };
}
