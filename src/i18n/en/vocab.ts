/** The game's own words in English: actions, indicators, counters, role kinds, postures, phases,
 * ratings. */
import type { Vocabulary } from '../catalogue';

export const vocab: Vocabulary = {
  actions: {
    patrol: {
      name: 'Patrol',
      description: 'Visible presence in a district: a modest gain in security.',
    },
    checkpoint: {
      name: 'Checkpoint',
      description: 'Control of movement: security rises, but the population resents the stops.',
    },
    community_meeting: {
      name: 'Community meeting',
      description: 'Listen to local leaders: trust rises, tension falls.',
    },
    investigate: {
      name: 'Investigate',
      description: 'Police inquiry: may uncover a hidden fact located in the district.',
    },
    arrest: {
      name: 'Arrest',
      description:
        'Detain suspects: a large gain in security if it works, unrest if it goes wrong.',
    },
    cordon_search: {
      name: 'Cordon and search',
      description: 'Seal an area and search it: effective, intrusive.',
    },
    aid_delivery: {
      name: 'Aid delivery',
      description: 'Food, water and shelter: need falls, trust rises.',
    },
    mediation: {
      name: 'Mediation',
      description: 'Bring rival groups to the table: tension falls.',
    },
    public_information: {
      name: 'Public information',
      description: 'Radio, leaflets and social media against rumours.',
    },
    train_police: {
      name: 'Train local police',
      description: 'Mentoring and training of local police: slow, lasting gains.',
    },
    move_asset: {
      name: 'Move a unit',
      description: 'Move one of your units to a neighbouring district.',
    },
    share_intel: {
      name: 'Share intelligence',
      description:
        'Give one fact to another role. Sharing with a partner you trust little may leak.',
    },
    joint_patrol: {
      name: 'Joint patrol',
      description:
        'Military and police together: a larger security gain. Police lead in populated districts builds trust; military lead in high-threat districts suppresses threats.',
    },
    crowd_control: {
      name: 'Crowd control',
      description:
        'Police lead, military cordon, civilian mediators. Posture negotiate, contain or disperse; the wrong mix escalates.',
    },
    joint_raid: {
      name: 'Raid on a cache',
      description:
        'Intelligence-led raid: military secure, police arrest. Needs a fact about the district.',
    },
    escorted_aid: {
      name: 'Escorted aid convoy',
      description: 'Civilian aid under escort: reaches insecure districts safely.',
    },
  },
  indicators: {
    security: { name: 'Security', description: 'Protection of people from violence and crime.' },
    trust: {
      name: 'Public trust',
      description: 'Public confidence in the mission and the rule of law.',
    },
    tension: { name: 'Tension', description: 'Risk of unrest and violence.' },
    need: {
      name: 'Humanitarian need',
      description: 'Unmet need for food, water, shelter and care.',
    },
  },
  counters: {
    civilianHarm: 'Civilian harm',
    incidentsResolved: 'Incidents resolved',
    incidentsFailed: 'Incidents failed',
    arrests: 'Arrests',
    jointActions: 'Joint actions',
    soloActions: 'Solo actions',
    factsShared: 'Facts shared',
    leaks: 'Leaks',
    heldIntelMattered: 'Held intelligence that mattered',
  },
  kinds: {
    military: { name: 'Military', mandate: 'military' },
    police: { name: 'Police', mandate: 'police' },
    civilian: { name: 'Civilian', mandate: 'civilian' },
  },
  postures: {
    negotiate: {
      name: 'Negotiate',
      description: 'Talk the crowd down; needs civilian mediators and a crowd not yet too heated.',
    },
    contain: {
      name: 'Contain',
      description:
        'Hold the perimeter and wait: the cautious choice, helped by a cordon and mediators.',
    },
    disperse: {
      name: 'Disperse',
      description: 'Clear the square by force: quick, but it hurts trust and can harm civilians.',
    },
  },
  phases: {
    briefing: 'Briefing',
    planning: 'Planning',
    sharing: 'Intelligence sharing',
    movement: 'Movement',
    joint: 'Joint actions',
    solo: 'Solo actions',
    incidents: 'Incidents',
    drift: 'Drift of indicators',
    objectives: 'Objectives',
    facilitator: 'Facilitator',
  },
  ratings: {
    performed: 'Performed without challenges',
    someChallenges: 'Performed with some challenges',
    majorChallenges: 'Performed with major challenges',
    notPerformed: 'Unable to be performed',
  },
};
