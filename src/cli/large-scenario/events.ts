/**
 * The "events" section: a ten-card deck, some cards bound to a region.
 */
import type { LargeMap } from './districts';
import { incident } from './injects';
import type { Json } from './plan';

export function makeEventCards(map: LargeMap): Json[] {
  const { byRegion, capital } = map;
  const cards: Json[] = [
    {
      id: 'ev-rain',
      title: 'Heavy rains',
      text: 'Roads wash out; food prices rise.',
      weight: 3,
      effects: [{ type: 'indicator', indicator: 'need', delta: 5 }],
    },
    {
      id: 'ev-ambush',
      title: 'Ambush on a convoy',
      text: 'A supply convoy is ambushed in the hills.',
      weight: 2,
      districts: byRegion.north,
      effects: [{ type: 'indicator', indicator: 'security', delta: -6 }],
    },
    {
      id: 'ev-fuel',
      title: 'Fuel seized',
      text: 'Customs seize a lorry of smuggled fuel.',
      weight: 2,
      districts: byRegion.south,
      effects: [{ type: 'indicator', indicator: 'crime', delta: -4 }],
    },
    {
      id: 'ev-ngo',
      title: 'NGO convoy arrives',
      text: 'An aid agency brings food on its own.',
      weight: 2,
      effects: [{ type: 'indicator', indicator: 'need', delta: -5 }],
    },
    {
      id: 'ev-rumour',
      title: 'Rumour on social media',
      text: 'A video claims peacekeepers beat a trader.',
      weight: 2,
      effects: [
        { type: 'indicator', indicator: 'trust', delta: -4 },
        { type: 'indicator', indicator: 'tension', delta: 3 },
      ],
    },
    {
      id: 'ev-wedding',
      title: 'Reconciliation wedding',
      text: 'Two feuding clans celebrate a marriage.',
      weight: 1,
      effects: [{ type: 'indicator', indicator: 'tension', delta: -5 }],
    },
    {
      id: 'ev-strike',
      title: 'Teachers strike',
      text: 'Unpaid teachers march on the ministry.',
      weight: 1,
      districts: capital,
      effects: [{ type: 'indicator', indicator: 'tension', delta: 5 }],
    },
    {
      id: 'ev-jailbreak',
      title: 'Jailbreak',
      text: 'Prisoners escape from an overcrowded jail.',
      weight: 1,
      effects: [
        { type: 'indicator', indicator: 'crime', delta: 5 },
        { type: 'indicator', indicator: 'security', delta: -3 },
      ],
    },
    {
      id: 'ev-harvest',
      title: 'Good harvest',
      text: 'The harvest is the best in years.',
      weight: 1,
      effects: [{ type: 'indicator', indicator: 'need', delta: -6 }],
    },
    {
      id: 'ev-riot',
      title: 'Football riot',
      text: 'A derby ends in a brawl in the streets.',
      weight: 1,
      districts: capital,
      effects: [
        {
          type: 'incident',
          incident: incident(
            'inc-ev-riot',
            'Brawl after the match',
            'Rival fans fight in the streets.',
            ['crowd_control', 'patrol'],
            25,
          ),
        },
      ],
    },
  ];
  return cards;
}
