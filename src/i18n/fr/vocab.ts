/** The game's own words in French: actions, indicators, counters, role kinds, postures, phases,
 * ratings. */
import type { Vocabulary } from '../catalogue';

export const vocab: Vocabulary = {
  actions: {
    patrol: {
      name: 'Patrouille',
      description: 'Présence visible dans un district\u00a0: un gain modéré de sécurité.',
    },
    checkpoint: {
      name: 'Poste de contrôle',
      description:
        'Contrôle des déplacements\u00a0: la sécurité progresse, mais la population supporte mal les contrôles.',
    },
    community_meeting: {
      name: 'Réunion communautaire',
      description: 'Écouter les responsables locaux\u00a0: la confiance monte, la tension baisse.',
    },
    investigate: {
      name: 'Enquête',
      description: 'Enquête de police\u00a0: peut révéler une information cachée dans le district.',
    },
    arrest: {
      name: 'Arrestation',
      description:
        'Interpeller des suspects\u00a0: un fort gain de sécurité en cas de succès, des troubles en cas d’échec.',
    },
    cordon_search: {
      name: 'Bouclage et fouille',
      description: 'Boucler une zone et la fouiller\u00a0: efficace, mais intrusif.',
    },
    aid_delivery: {
      name: 'Distribution d’aide',
      description: 'Vivres, eau et abris\u00a0: les besoins baissent, la confiance monte.',
    },
    mediation: {
      name: 'Médiation',
      description: 'Réunir des groupes rivaux autour de la table\u00a0: la tension baisse.',
    },
    public_information: {
      name: 'Information du public',
      description: 'Radio, tracts et réseaux sociaux contre les rumeurs.',
    },
    train_police: {
      name: 'Former la police locale',
      description:
        'Encadrement et formation de la police locale\u00a0: des progrès lents mais durables.',
    },
    move_asset: {
      name: 'Déplacer une unité',
      description: 'Déplacer l’une de vos unités vers un district voisin.',
    },
    share_intel: {
      name: 'Partager un renseignement',
      description:
        'Transmettre une information à un autre rôle. La partager avec un partenaire peu fiable peut provoquer une fuite.',
    },
    joint_patrol: {
      name: 'Patrouille conjointe',
      description:
        'Militaires et policiers ensemble\u00a0: un gain de sécurité plus important. Sous direction policière dans les districts peuplés, elle renforce la confiance\u00a0; sous direction militaire dans les districts à forte menace, elle neutralise les menaces.',
    },
    crowd_control: {
      name: 'Maintien de l’ordre',
      description:
        'Direction policière, cordon militaire, médiateurs civils. Posture\u00a0: négocier, contenir ou disperser\u00a0; un mauvais dosage fait dégénérer la situation.',
    },
    joint_raid: {
      name: 'Descente sur une cache',
      description:
        'Descente guidée par le renseignement\u00a0: les militaires sécurisent, la police interpelle. Nécessite une information sur le district.',
    },
    escorted_aid: {
      name: 'Convoi d’aide escorté',
      description: 'Aide civile sous escorte\u00a0: atteint sans risque les districts peu sûrs.',
    },
  },
  indicators: {
    security: {
      name: 'Sécurité',
      description: 'Protection de la population contre la violence et la criminalité.',
    },
    trust: {
      name: 'Confiance du public',
      description: 'Confiance de la population dans la mission et dans l’État de droit.',
    },
    tension: { name: 'Tension', description: 'Risque de troubles et de violences.' },
    need: {
      name: 'Besoins humanitaires',
      description: 'Besoins non satisfaits en nourriture, eau, abri et soins.',
    },
  },
  counters: {
    civilianHarm: 'Dommages aux civils',
    incidentsResolved: 'Incidents résolus',
    incidentsFailed: 'Incidents en échec',
    arrests: 'Arrestations',
    jointActions: 'Actions conjointes',
    soloActions: 'Actions individuelles',
    factsShared: 'Informations partagées',
    leaks: 'Fuites',
    heldIntelMattered: 'Informations retenues qui comptaient',
  },
  kinds: {
    military: { name: 'Militaire', mandate: 'militaire' },
    police: { name: 'Police', mandate: 'policier' },
    civilian: { name: 'Civil', mandate: 'civil' },
  },
  postures: {
    negotiate: {
      name: 'Négocier',
      description:
        'Apaiser la foule par le dialogue\u00a0; il faut des médiateurs civils et une foule pas encore trop échauffée.',
    },
    contain: {
      name: 'Contenir',
      description:
        'Tenir le périmètre et attendre\u00a0: le choix prudent, renforcé par un cordon et des médiateurs.',
    },
    disperse: {
      name: 'Disperser',
      description:
        'Dégager la place par la force\u00a0: rapide, mais cela nuit à la confiance et peut blesser des civils.',
    },
  },
  phases: {
    briefing: 'Briefing',
    planning: 'Planification',
    sharing: 'Partage du renseignement',
    movement: 'Mouvements',
    joint: 'Actions conjointes',
    solo: 'Actions individuelles',
    incidents: 'Incidents',
    drift: 'Évolution des indicateurs',
    objectives: 'Objectifs',
    facilitator: 'Animateur',
  },
  ratings: {
    performed: 'Réalisé sans difficulté',
    someChallenges: 'Réalisé avec quelques difficultés',
    majorChallenges: 'Réalisé avec des difficultés majeures',
    notPerformed: 'Impossible à réaliser',
  },
};
