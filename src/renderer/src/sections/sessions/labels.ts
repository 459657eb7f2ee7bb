// Words for session codes.
export const STATUS_LABELS = { planned: 'Planned', running: 'Running', paused: 'Paused', finished: 'Finished' } as const
export const PARTICIPANT_ROLE_LABELS = {
  facilitator: 'Facilitator',
  evaluator: 'Evaluator',
  'note-taker': 'Note-taker',
  participant: 'Participant',
  observer: 'Observer',
} as const
