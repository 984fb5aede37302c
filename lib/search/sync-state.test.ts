// The search index's watermark: only newer records are taken, same-millisecond writes are not missed, stored form round-trips.
import { describe, expect, it } from 'vitest';
import { advanceWatermark, NOTHING_SEEN, restoreSyncState, storeSyncState } from './sync-state';

describe('advanceWatermark', () => {
  it('takes everything at first, then only what is newer', () => {
    const first = advanceWatermark(NOTHING_SEEN, [
      { id: 'a', time: 10 },
      { id: 'b', time: 20 },
    ]);
    expect(first.changed).toEqual(['a', 'b']);
    expect(first.next).toEqual({ time: 20, idsAtTime: ['b'] });
    const second = advanceWatermark(first.next, [
      { id: 'b', time: 20 },
      { id: 'c', time: 30 },
    ]);
    expect(second.changed).toEqual(['c']);
    expect(second.next).toEqual({ time: 30, idsAtTime: ['c'] });
  });

  it('recognises a record written later in the same millisecond as the watermark', () => {
    const mark = { time: 20, idsAtTime: ['b'] };
    const next = advanceWatermark(mark, [
      { id: 'b', time: 20 },
      { id: 'd', time: 20 },
    ]);
    expect(next.changed).toEqual(['d']);
    expect(next.next).toEqual({ time: 20, idsAtTime: ['b', 'd'] });
    expect(advanceWatermark(next.next, []).changed).toEqual([]);
  });

  it('survives the round trip through its stored form', () => {
    const state = {
      sources: { time: 5, idsAtTime: ['s'] },
      notes: NOTHING_SEEN,
      highlights: NOTHING_SEEN,
      noteOwners: new Map([
        ['n1', 's'],
        ['n2', ''],
      ]),
      highlightOwners: new Map([['q1', 's']]),
    };
    expect(restoreSyncState(structuredClone(storeSyncState(state)))).toEqual(state);
  });
});
