import type { Database, Queryable } from '../store/engine/database.js';

/** Items committed together at most; a busy server commits the rest in the next transaction. */
const MAX_GROUP = 100;

interface Waiting<Item, Result> {
  readonly item: Item;
  readonly resolve: (result: Result) => void;
  readonly reject: (error: unknown) => void;
}

interface Queue<Item, Result> {
  waiting: Waiting<Item, Result>[];
  committing: boolean;
}

/**
 * A group commit: items submitted while a commit is under way wait and are written together, in
 * arrival order, by the next transaction; each submitter's promise settles once its item is
 * committed. A group that fails is written again one item at a time, so one bad item fails alone.
 */
export class GroupCommit<Item, Result> {
  private readonly queues = new WeakMap<Database, Queue<Item, Result>>();

  /** `write` stores a group in an open transaction and returns one result per item, in order. */
  constructor(private readonly write: (tx: Queryable, items: readonly Item[]) => Promise<Result[]>) {}

  /** Queues the item for the database's next commit; resolves with its result once committed. */
  submit(db: Database, item: Item): Promise<Result> {
    const queue = this.queueOf(db);
    return new Promise<Result>((resolve, reject) => {
      queue.waiting.push({ item, resolve, reject });
      if (!queue.committing) void this.commitWaiting(db, queue);
    });
  }

  private queueOf(db: Database): Queue<Item, Result> {
    let queue = this.queues.get(db);
    if (queue === undefined) {
      queue = { waiting: [], committing: false };
      this.queues.set(db, queue);
    }
    return queue;
  }

  private async commitWaiting(db: Database, queue: Queue<Item, Result>): Promise<void> {
    queue.committing = true;
    while (queue.waiting.length > 0) {
      const group = queue.waiting.splice(0, MAX_GROUP);
      try {
        const results = await db.transaction((tx) =>
          this.write(
            tx,
            group.map((waiting) => waiting.item),
          ),
        );
        group.forEach((waiting, i) => {
          const result = results[i];
          if (result === undefined) waiting.reject(new Error('a group commit returned too few results'));
          else waiting.resolve(result);
        });
      } catch (error) {
        if (group.length === 1) group[0]?.reject(error);
        else await this.commitOneByOne(db, group);
      }
    }
    queue.committing = false;
  }

  private async commitOneByOne(db: Database, group: readonly Waiting<Item, Result>[]): Promise<void> {
    for (const waiting of group) {
      try {
        const [result] = await db.transaction((tx) => this.write(tx, [waiting.item]));
        if (result === undefined) throw new Error('a group commit returned no result');
        waiting.resolve(result);
      } catch (error) {
        waiting.reject(error);
      }
    }
  }
}
