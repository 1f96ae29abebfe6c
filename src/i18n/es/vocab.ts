/** The game's own words in Spanish: actions, indicators, counters, role kinds, postures, phases,
 * ratings. */
import type { Vocabulary } from '../catalogue';

export const vocab: Vocabulary = {
  actions: {
    patrol: {
      name: 'Patrulla',
      description: 'Presencia visible en un distrito: un aumento moderado de la seguridad.',
    },
    checkpoint: {
      name: 'Puesto de control',
      description:
        'Control de movimientos: la seguridad aumenta, pero los controles molestan a la población.',
    },
    community_meeting: {
      name: 'Reunión comunitaria',
      description: 'Escuchar a los líderes locales: la confianza aumenta y la tensión baja.',
    },
    investigate: {
      name: 'Investigación',
      description: 'Indagación policial: puede sacar a la luz un dato oculto en el distrito.',
    },
    arrest: {
      name: 'Detención',
      description:
        'Detener a sospechosos: un gran aumento de la seguridad si sale bien; disturbios si sale mal.',
    },
    cordon_search: {
      name: 'Acordonamiento y registro',
      description: 'Acordonar una zona y registrarla: eficaz, pero intrusivo.',
    },
    aid_delivery: {
      name: 'Entrega de ayuda',
      description: 'Alimentos, agua y refugio: la necesidad baja y la confianza aumenta.',
    },
    mediation: {
      name: 'Mediación',
      description: 'Sentar a la mesa a grupos rivales: la tensión baja.',
    },
    public_information: {
      name: 'Información pública',
      description: 'Radio, folletos y redes sociales contra los rumores.',
    },
    train_police: {
      name: 'Formar a la policía local',
      description: 'Tutoría y formación de la policía local: avances lentos pero duraderos.',
    },
    move_asset: {
      name: 'Mover una unidad',
      description: 'Trasladar una unidad propia a un distrito vecino.',
    },
    share_intel: {
      name: 'Compartir inteligencia',
      description:
        'Dar un dato a otro rol. Compartirlo con un socio de poca confianza puede provocar una filtración.',
    },
    joint_patrol: {
      name: 'Patrulla conjunta',
      description:
        'Militares y policías juntos: un mayor aumento de la seguridad. Bajo dirección policial en distritos poblados genera confianza; bajo dirección militar en distritos de alta amenaza neutraliza amenazas.',
    },
    crowd_control: {
      name: 'Control de multitudes',
      description:
        'Dirección policial, cordón militar, mediadores civiles. Postura: negociar, contener o dispersar; una combinación equivocada agrava la situación.',
    },
    joint_raid: {
      name: 'Redada contra un alijo',
      description:
        'Redada guiada por inteligencia: los militares aseguran la zona, la policía detiene. Requiere un dato sobre el distrito.',
    },
    escorted_aid: {
      name: 'Convoy de ayuda escoltado',
      description: 'Ayuda civil con escolta: llega sin riesgo a distritos inseguros.',
    },
  },
  indicators: {
    security: {
      name: 'Seguridad',
      description: 'Protección de las personas frente a la violencia y la delincuencia.',
    },
    trust: {
      name: 'Confianza pública',
      description: 'Confianza de la población en la misión y en el Estado de derecho.',
    },
    tension: { name: 'Tensión', description: 'Riesgo de disturbios y de violencia.' },
    need: {
      name: 'Necesidad humanitaria',
      description: 'Necesidades no cubiertas de alimentos, agua, refugio y atención.',
    },
  },
  counters: {
    civilianHarm: 'Daños a civiles',
    incidentsResolved: 'Incidentes resueltos',
    incidentsFailed: 'Incidentes fallidos',
    arrests: 'Detenciones',
    jointActions: 'Acciones conjuntas',
    soloActions: 'Acciones individuales',
    factsShared: 'Datos compartidos',
    leaks: 'Filtraciones',
    heldIntelMattered: 'Datos retenidos que importaban',
  },
  kinds: {
    military: { name: 'Militar', mandate: 'militar' },
    police: { name: 'Policía', mandate: 'policial' },
    civilian: { name: 'Civil', mandate: 'civil' },
  },
  postures: {
    negotiate: {
      name: 'Negociar',
      description:
        'Calmar a la multitud con el diálogo; requiere mediadores civiles y una multitud aún no demasiado caldeada.',
    },
    contain: {
      name: 'Contener',
      description:
        'Mantener el perímetro y esperar: la opción prudente, reforzada por un cordón y por mediadores.',
    },
    disperse: {
      name: 'Dispersar',
      description:
        'Despejar la plaza por la fuerza: rápido, pero daña la confianza y puede herir a civiles.',
    },
  },
  phases: {
    briefing: 'Sesión informativa',
    planning: 'Planificación',
    sharing: 'Intercambio de inteligencia',
    movement: 'Movimientos',
    joint: 'Acciones conjuntas',
    solo: 'Acciones individuales',
    incidents: 'Incidentes',
    drift: 'Evolución de los indicadores',
    objectives: 'Objetivos',
    facilitator: 'Facilitador',
  },
  ratings: {
    performed: 'Realizado sin dificultades',
    someChallenges: 'Realizado con algunas dificultades',
    majorChallenges: 'Realizado con grandes dificultades',
    notPerformed: 'No se pudo realizar',
  },
};
