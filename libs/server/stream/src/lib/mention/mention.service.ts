import { Injectable } from '@nestjs/common';
import { UserRepository, UserRow } from '@outloud/identity';
import { EntityManager } from 'typeorm';
import { MentionedPerson } from './mention.repository';

/**
 * The most people one post or reply mentions: the handles of one text that are looked up, and
 * the people it may notify over all its edits together.
 */
export const MAX_MENTIONED = 50;

/** Who a text's @handles name, through identity's read port. */
@Injectable()
export class MentionService {
  constructor(private readonly users: UserRepository) {}

  /** Resolves lower-cased handles to existing people; unknown handles simply stay text. */
  async resolveHandles(manager: EntityManager, handles: string[]): Promise<MentionedPerson[]> {
    if (!handles.length) return [];
    const rows = await this.users.byLowerHandles(handles.slice(0, MAX_MENTIONED), manager);
    return rows.map((r) => ({ id: r.id, handle: r.handle, active: r.status === 'active' }));
  }

  /**
   * `resolveHandles`, and the people (`also`, by id) besides the mentioned ones that a card
   * shows, read whole in the same statement.
   */
  async resolveHandlesWithPeople(
    manager: EntityManager,
    handles: string[],
    also: string[],
  ): Promise<{ mentioned: MentionedPerson[]; people: UserRow[] }> {
    const wanted = new Set(handles.slice(0, MAX_MENTIONED));
    const rows = await this.users.byLowerHandlesAndIds([...wanted], also, manager);
    return {
      mentioned: rows
        .filter((r) => wanted.has(r.lowerHandle))
        .map((r) => ({ id: r.id, handle: r.lowerHandle, active: r.status === 'active' })),
      people: rows,
    };
  }
}
