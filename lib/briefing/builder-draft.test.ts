// The builder's draft becomes a briefing request: lines into objectives and questions, sections in pack order, custom dates checked.
import { describe, expect, it } from 'vitest';
import { draftToRequest, emptyDraft } from './builder-draft';

describe('builder draft', () => {
  it('turns lines into objectives and questions, drops blank lines, keeps the pack order of sections', () => {
    const draft = {
      ...emptyDraft(),
      window: '6' as const,
      sections: ['insights', 'objectives'] as const,
      objectives: ' Share the 2L data \n\n Hear about sites\r\n',
      questions: 'Which patients?',
      meetingDate: '2025-03-05',
    };
    expect(draftToRequest('k1', { ...draft, sections: [...draft.sections] })).toEqual({
      request: {
        kolId: 'k1',
        window: { kind: 'months', months: 6 },
        areaIds: [],
        sections: ['objectives', 'insights'],
        meetingDate: '2025-03-05',
        objectives: ['Share the 2L data', 'Hear about sites'],
        questions: ['Which patients?'],
      },
    });
  });

  it('starts with every section, since the last meeting, and no meeting date', () => {
    const result = draftToRequest('k1', emptyDraft());
    expect(result).toMatchObject({
      request: { window: { kind: 'since-last' }, objectives: [], questions: [] },
    });
    expect('request' in result && result.request.sections).toHaveLength(6);
    expect('request' in result && 'meetingDate' in result.request).toBe(false);
  });

  it('asks for both custom dates in order', () => {
    const custom = { ...emptyDraft(), window: 'custom' as const };
    expect(draftToRequest('k1', { ...custom, customFrom: '2025-01-01' })).toHaveProperty('problem');
    expect(
      draftToRequest('k1', { ...custom, customFrom: '2025-02-01', customTo: '2025-01-01' }),
    ).toHaveProperty('problem');
    expect(
      draftToRequest('k1', { ...custom, customFrom: '2025-01-01', customTo: '2025-01-01' }),
    ).toMatchObject({ request: { window: { kind: 'custom', from: '2025-01-01', to: '2025-01-01' } } });
  });
});
