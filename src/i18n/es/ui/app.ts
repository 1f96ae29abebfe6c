import type { Translation } from '../../catalogue';
import type { app as en } from '../../en/ui/app';
import { TEAM_NAMES } from '../../teamNames';

export const app: Translation<typeof en> = {
  loadingGame: 'Cargando el ejercicio\u2026',
  waiting: {
    eyebrow: 'Consola del facilitador',
    title: 'Esperando un ejercicio',
    lede: 'Inicie o abra un ejercicio en la ventana principal de este navegador. Esta consola lo seguirá en cuanto comience.',
  },
  confirm: {
    title: '¿Confirmar esta acción?',
    confirm: 'Confirmar',
    cancel: 'Cancelar',
  },
  endDialog: {
    title: '¿Terminar el ejercicio ahora?',
    text: 'Los objetivos se puntúan tal como están. El motivo queda anotado en el registro.',
    reason: 'Motivo',
    placeholder: 'p. ej., se acabó el tiempo por hoy',
    keepPlaying: 'Seguir jugando',
    end: 'Terminar el ejercicio',
  },
  documentTitle: (scenario) => `Mandate \u2014 ${scenario}`,
  seats: {
    kindTeam: TEAM_NAMES.es.kindTeam,
    team: TEAM_NAMES.es.team,
    played: (role, policy) => `${role} (${policy})`,
    policies: {
      cooperative: 'juego cooperativo',
      siloed: 'juego compartimentado',
      random: 'juego al azar',
    },
  },
};
