/**
 * A memo per owner object, by string key, bounded: once an owner holds `limit` keys, values for
 * new keys are computed each time and not kept. For what repeats across millions of submissions
 * (a quiz question has few distinct answers), without letting odd input grow memory.
 */
export function boundedMemo<Owner extends object, Value>(limit: number) {
  const memos = new WeakMap<Owner, Map<string, Value>>();
  return (owner: Owner, key: string, compute: () => Value): Value => {
    let memo = memos.get(owner);
    if (!memo) memos.set(owner, (memo = new Map()));
    let value = memo.get(key);
    if (value === undefined) {
      value = compute();
      if (memo.size < limit) memo.set(key, value);
    }
    return value;
  };
}
