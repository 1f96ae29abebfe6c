/**
 * The engine's messages in Spanish: what the log says happened, and why.
 *
 * Role, district, fact and incident names are scenario text of any gender or number, so no
 * adjective or participle here agrees with one: sentences put a name before a colon, after a
 * noun of known gender ("Incidente «…»"), or as the subject of a verb in the singular (a role is
 * one body). "en" before a district never contracts, so any district name reads correctly.
 */
import type { MessageCatalogue } from '../catalogue';
import { formatter } from '../format';
import { names } from '../names';
import { vocab } from './vocab';

const f = formatter('es');
/** A label inside a sentence: "Patrulla conjunta" → "patrulla conjunta"; an acronym ("ONU") keeps
 * its capitals. */
const lower = (s: string) =>
  /^\p{Lu}\p{Lu}/u.test(s) ? s : s.charAt(0).toLocaleLowerCase('es') + s.slice(1);
/** A drift rule's reason inside a sentence: "Las necesidades alimentan el malestar." → "las
 * necesidades alimentan el malestar". */
const clause = (s: string) => lower(s.replace(/[.\s]+$/, ''));
const q = (s: string) => `\u00ab${s}\u00bb`;
const inDistricts = (d: string[], everywhere: string) =>
  d.length ? ` en ${f.list(d)}` : everywhere;
const pair = (a: string, b: string) => f.list([a, b]);
/** " en Puerto"; nothing when the title names its place already ("Barricadas en Dunmere"). */
const where = (thing: string, place: string) => (names(thing, place) ? '' : ` en ${place}`);

export const messages: MessageCatalogue = {
  text: (a) => a.text,

  'log.turnBegins': (a) => `Comienza el turno ${a.turn} de ${a.turns}.`,
  'log.inject': (a) => `${a.sender}: ${a.title}`,
  'log.injectDetail': (a) => `${a.text} (${a.why})`,
  'log.quietStart': () => 'Comienzo tranquilo: ningún evento aleatorio en este turno.',
  'log.event': (a) => `${a.title}${where(a.title, a.district)}`,
  'log.shared': (a) => `${a.from} compartió ${q(a.fact)} con ${a.to}.`,
  'log.leaked': () => 'Se filtró.',
  'log.notLeaked': () => 'No se filtró.',
  'log.leak': (a) => `Filtración: ${q(a.fact)} se ha divulgado y ya no tiene valor.`,
  'log.leakDetail': () =>
    'La información que circula entre socios que no confían entre sí llega más lejos de lo previsto.',
  'log.moved': (a) => `${a.asset} se trasladó desde ${a.from} hasta ${a.to}.`,
  'log.actionSucceeded': (a) =>
    `${f.list(a.who)}: ${lower(a.action)} en ${a.district} \u2014 éxito.`,
  'log.actionFailed': (a) =>
    `${f.list(a.who)}: ${lower(a.action)} en ${a.district} \u2014 fracaso.`,
  'log.proposalLapsed': (a) =>
    `${a.lead}: la propuesta de ${lower(a.action)} en ${a.district} caducó, porque ningún socio la aceptó.`,
  'log.drift': (a) => `Evolución en ${a.district}: ${a.reasons.map(clause).join('; ')}.`,
  'log.incidentResolved': (a) =>
    `Incidente ${q(a.incident)}${where(a.incident, a.district)}: resuelto por ${f.list(a.who)}.`,
  'log.incidentContained': (a) =>
    `Incidente ${q(a.incident)}${where(a.incident, a.district)}: contenido por las unidades desplegadas allí.`,
  'log.incidentEscalates': (a) =>
    `Incidente ${q(a.incident)}${where(a.incident, a.district)}: sin respuesta, se agrava (${f.plural(a.turnsLeft, { one: 'queda # turno', other: 'quedan # turnos' })}).`,
  'log.incidentFailed': (a) =>
    `Incidente ${q(a.incident)}${where(a.incident, a.district)}: la misión no logró responder.`,
  'log.expectedResponse': (a) => `Respuesta esperada: ${f.list(a.actions.map(lower), 'or')}.`,
  'log.endAccomplished': (a) =>
    `Fin del ejercicio: ${a.reason}. Puntuación: ${a.score} de 100; misión cumplida.`,
  'log.endNotAccomplished': (a) =>
    `Fin del ejercicio: ${a.reason}. Puntuación: ${a.score} de 100; misión no cumplida.`,
  'log.endDetail': (a) => a.objectives.join(' '),
  'log.objectiveMet': (a) => `Objetivo cumplido: ${a.description} (ahora ${a.value}).`,
  'log.objectiveNotMet': (a) => `Objetivo no cumplido: ${a.description} (ahora ${a.value}).`,
  'log.message': (a) => `${a.from} a ${a.to}: ${q(a.text)}`,
  'log.messageAll': (a) => `${a.from} a todos: ${q(a.text)}`,
  'log.committedByTimer': (a) =>
    `Se acabó el tiempo de planificación: las órdenes de ${a.role} quedaron confirmadas tal como estaban.`,

  'why.scheduled': (a) => `programado por el facilitador para el turno ${a.turn}`,
  'why.scripted': (a) => `previsto en el guion para el turno ${a.turn}`,
  'why.triggered': (a) => `activado porque ${a.metric} es ${a.value}`,
  'why.released': () => 'lanzado por el facilitador',

  'end.condition': (a) => `${a.description} (${a.metric} es ${a.value})`,
  'end.lastTurn': (a) => `terminó el último turno (${a.turn})`,
  'end.facilitator': (a) => `el facilitador dio por terminado el ejercicio: ${a.reason}`,

  'fac.scheduled': (a) => `El facilitador programó ${q(a.inject)} para el turno ${a.turn}.`,
  'fac.skipped': (a) => `El facilitador descartó ${q(a.inject)}: ese evento no se producirá.`,
  'fac.adjusted': (a) =>
    `El facilitador ajustó en ${f.signed(a.delta)} el valor de ${lower(a.indicator)} en ${a.district}: ${a.reason}`,
  'fac.adjustedTrust': (a) =>
    `El facilitador ajustó en ${f.signed(a.delta)} la confianza entre ${pair(a.a, a.b)}: ${a.reason}`,
  'fac.overruled': (a) => `El facilitador anuló ${q(a.entry)}: ${a.reason}`,
  'fac.paused': () => 'El facilitador pausó el ejercicio.',
  'fac.resumed': () => 'El facilitador reanudó el ejercicio.',
  'fac.rewound': (a) =>
    `El facilitador hizo retroceder el ejercicio al inicio del turno ${a.turn}.`,

  'fx.facilitator': (a) => `facilitador: ${a.reason}`,
  'fx.overruled': (a) => `resultado anulado por el facilitador: ${a.reason}`,
  'fx.inject': (a) => `evento: ${a.title}`,
  'fx.event': (a) => `evento aleatorio: ${a.title}`,
  'fx.actionSucceeded': (a) => `${a.action}: éxito`,
  'fx.actionFailed': (a) => `${a.action}: fracaso`,
  'fx.sharedBy': (a) => `compartido por ${a.role}`,
  'fx.intelShared': () => 'inteligencia compartida',
  'fx.intelLeaked': () => 'filtración de inteligencia',
  'fx.secretLeaked': () => 'se filtró un secreto compartido',
  'fx.leakRumours': () => 'rumores tras la filtración',
  'fx.moveOrder': () => 'orden de movimiento',
  'fx.uncovered': () => 'descubierto por la investigación',
  'fx.actedAlone': (a) => `${a.role} actuó en solitario dentro del mandato ${a.kind}`,
  'fx.soloAction': () => 'acción individual realizada',
  'fx.policeLedPopulated': () => 'patrulla dirigida por la policía en un distrito poblado',
  'fx.militarySuppressed': () => 'dirección militar: amenazas neutralizadas',
  'fx.posture': (a) => `postura: ${lower(a.posture)}`,
  'fx.harmDispersed': () => 'civiles heridos al dispersar una multitud por la fuerza',
  'fx.harmEscalated': () => 'una multitud tensa chocó con la fuerza y la situación se agravó',
  'fx.jointSucceeded': () => 'una acción conjunta tuvo éxito',
  'fx.jointFailed': () => 'una acción conjunta fracasó',
  'fx.jointCarriedOut': () => 'acción conjunta realizada',
  'fx.heldBack': (a) => `dato retenido: ${q(a.fact)}`,
  'fx.heldBackMattered': (a) =>
    `${a.role} retuvo ${q(a.fact)}, un dato que habría marcado la diferencia`,
  'fx.incidentResolved': (a) => `incidente resuelto: ${a.incident}`,
  'fx.incidentContained': (a) => `incidente contenido: ${a.incident}`,
  'fx.incidentEscalates': (a) => `el incidente se agrava: ${a.incident}`,
  'fx.incidentFailed': (a) => `incidente fallido: ${a.incident}`,
  'fx.countResolved': () => 'incidente resuelto',
  'fx.countContained': () => 'incidente contenido',
  'fx.countNotHandled': () => 'incidente no atendido',

  'mod.unitOnSite': (a) => `${a.role}: unidad en el lugar`,
  'mod.readiness': (a) => `${a.role}: preparación de su mejor unidad en el lugar (${a.value})`,
  'mod.fromNeighbour': (a) => `${a.role}: interviene desde un distrito vecino`,
  'mod.noUnitInReach': (a) => `${a.role}: ninguna unidad al alcance`,
  'mod.factLeaked': (a) => `${q(a.fact)} se filtró y ya no tiene valor`,
  'mod.intelligence': (a) => `inteligencia: ${a.fact}`,
  'mod.hostileCrowds': (a) => `multitudes hostiles (tensión ${a.tension})`,
  'mod.insecurity': (a) => `la inseguridad dificulta el trabajo civil (seguridad ${a.security})`,
  'mod.communityCooperates': (a) => `la comunidad coopera (confianza ${a.trust})`,
  'mod.nobodyTalks': (a) => `nadie habla con la misión (confianza ${a.trust})`,
  'mod.partnerTrust': (a) => `confianza entre ${pair(a.a, a.b)} (${a.trust})`,
  'mod.outsideMandate': (a) => `${lower(a.action)}: fuera del mandato ${a.kind}`,
  'mod.incidentHarder': (a) => `el incidente ${q(a.incident)} lo dificulta`,
  'mod.militaryLeadThreat': () => 'dirección militar en un distrito de alta amenaza',
  'mod.soldiersUnsettle': () =>
    'soldados al frente en un distrito poblado y en calma: la población se inquieta',
  'mod.noPolice': () => 'sin policía en la patrulla',
  'mod.notPoliceLed': () => 'control de multitudes no dirigido por la policía',
  'mod.mediators': () => 'mediadores civiles en la mesa',
  'mod.noMediators': () => 'negociar sin mediadores',
  'mod.tooHeated': (a) => `ánimos demasiado caldeados para negociar (tensión ${a.tension})`,
  'mod.containCautious': () => 'contener es la postura prudente',
  'mod.cordon': () => 'un cordón militar asegura el perímetro',
  'mod.mediatorsTalk': () => 'los mediadores hablan con la multitud',
  'mod.forceClears': () => 'la fuerza despeja la plaza',
  'mod.angryCrowd': (a) => `dispersar una multitud enfurecida (tensión ${a.tension})`,
  'mod.soldiersFacing': () => 'soldados frente a civiles',
  'mod.noTarget': () => 'sin inteligencia sobre un objetivo aquí',
  'mod.noMilitary': () => 'sin militares que aseguren el lugar',
  'mod.absent': (a) =>
    `${f.list(a.roles)} ${f.plural(a.roles.length, { one: 'no participó', other: 'no participaron' })}`,
  'mod.unitsDeployed': (a) =>
    f.plural(a.count, {
      one: '# unidad desplegada en el distrito',
      other: '# unidades desplegadas en el distrito',
    }),
  'mod.districtSecurity': (a) => `seguridad en el distrito (${a.security})`,
  'mod.severity': (a) => `gravedad del incidente (${a.severity})`,
  'mod.lowTrustLeak': (a) => `poca confianza entre ${pair(a.a, a.b)} (${a.trust})`,

  'means.cardDrawn': () => 'se saca una carta del mazo de eventos',
  'means.leaks': () => 'el dato se filtra',
  'means.contained': () => 'las unidades desplegadas lo contienen',

  // A metric carries its article ("el promedio de…"), so a sentence can say "porque {metric} es
  // 30".
  'metric.average': (a) => `el promedio de ${lower(a.indicator)}${inDistricts(a.districts, '')}`,
  'metric.max': (a) =>
    `el valor máximo de ${lower(a.indicator)}${inDistricts(a.districts, ' en cualquier distrito')}`,
  'metric.min': (a) =>
    `el valor mínimo de ${lower(a.indicator)}${inDistricts(a.districts, ' en cualquier distrito')}`,
  'metric.counter': (a) => `el total de ${lower(a.counter)}`,
  'metric.pairTrust': (a) => `la confianza entre ${pair(a.a, a.b)}`,
  'metric.averageTrust': () => 'la confianza media entre roles',

  'no.ended': () => 'El ejercicio ha terminado.',
  'no.paused': () => 'El facilitador ha pausado el ejercicio.',
  'no.role': (a) => `No hay ningún rol ${q(a.id)}.`,
  'no.committed': (a) => `${a.role} ya ha confirmado sus órdenes.`,
  'no.ordersCommitted': () => 'Las órdenes están confirmadas.',
  'no.order': () => 'Este rol no tiene esa orden.',
  'no.proposal': () => 'Este rol no tiene esa propuesta.',
  'no.alreadyCommitted': () => 'Las órdenes ya están confirmadas.',
  'no.notCommitted': () => 'Las órdenes no están confirmadas.',
  'no.action': (a) => `${q(a.id)} no es una acción de este escenario.`,
  'no.district': (a) => `No hay ningún distrito ${q(a.id)}.`,
  'no.indicator': (a) => `No hay ningún indicador ${q(a.id)}.`,
  'no.inject': (a) => `No hay ningún evento ${q(a.id)}.`,
  'no.injectReleased': () => 'Ese evento ya se ha lanzado.',
  'no.injectSkipped': () => 'Ese evento ya está descartado.',
  'no.scheduleTurn': (a) => `Hay que programarlo para un turno del ${a.from} al ${a.to}.`,
  'no.wholeNumber': () => 'Un ajuste debe ser un número entero.',
  'no.adjustReason': () => 'Hay que indicar un motivo para el ajuste.',
  'no.sameRole': () => 'Hay que elegir dos roles distintos.',
  'no.entry': (a) => `No hay ninguna entrada ${a.id} en el registro.`,
  'no.nothingToOverrule': () => 'Esa entrada no cambió ningún valor que se pueda anular.',
  'no.overruledAlready': () => 'Ese resultado ya se ha anulado.',
  'no.overruleReason': () => 'Hay que indicar un motivo para la anulación.',
  'no.objective': (a) => `No hay ningún objetivo ${q(a.id)}.`,
  'no.rating': () =>
    `La calificación debe ser una de estas: ${f.list(Object.values(vocab.ratings).map(lower), 'or')}.`,
  'no.improvementAction': () => 'Hay que describir la acción correctiva.',
  'no.improvement': () => 'Esa acción de mejora no existe.',
  'no.pausedAlready': () => 'El ejercicio ya está en pausa.',
  'no.notPaused': () => 'El ejercicio no está en pausa.',
  'no.endedAlready': () => 'El ejercicio ya ha terminado.',
  'no.rewindTurn': (a) => `Solo se puede retroceder a un turno del 1 al ${a.to}.`,
  'no.rewindWithoutLine': () =>
    'Esta partida no guarda cómo empezaron sus turnos anteriores, así que no se puede retroceder.',
  'no.capability': (a) => `${a.role} no puede realizar la acción ${q(a.action)}.`,
  'no.cannotLead': (a) => `${a.role} no puede dirigir esta acción: ${a.reason}`,
  'no.notHere': (a) => `No es posible aquí: ${a.reason}`,
  'no.maxPerTurn': (a) => `Como máximo ${f.num(a.count)} por turno: ${a.reason}`,
  'no.needsIntel': (a) => `Requiere inteligencia sobre este distrito: ${a.reason}`,
  'no.cost': (a) =>
    `Requiere ${f.plural(a.cost, { one: '# punto de acción', other: '# puntos de acción' })}; ${f.plural(a.left, { one: 'queda #', other: 'quedan #' })}.`,
  'no.jointOnly': (a) => `${q(a.action)} es una acción conjunta: hay que proponerla a un socio.`,
  'no.chooseFact': () => 'Hay que elegir un dato para compartir.',
  'no.notHeld': (a) => `${a.role} no tiene ese dato.`,
  'no.chooseRecipient': () => 'Hay que elegir otro rol con quien compartir.',
  'no.alreadyHeld': (a) => `${a.role} ya tiene ese dato.`,
  'no.alreadySharing': () => 'Ese dato ya se está compartiendo con ese rol.',
  'no.chooseUnit': () => 'Hay que elegir una unidad propia para moverla.',
  'no.notBordering': (a) => `${a.district} no limita con el distrito de la unidad.`,
  'no.unitMoving': () => 'Esa unidad ya tiene una orden de movimiento en este turno.',
  'no.notJoint': (a) => `${q(a.action)} no es una acción conjunta.`,
  'no.choosePosture': () =>
    `Hay que elegir una postura: ${f.list(
      Object.values(vocab.postures).map((p) => lower(p.name)),
      'or',
    )}.`,
  'no.partnerTwice': () => 'Un socio aparece dos veces.',
  'no.invitePartner': () => 'Hay que invitar al menos a un socio.',
  'no.selfPartner': () => 'Un rol no puede asociarse consigo mismo.',
  'no.partnerCommitted': (a) => `${a.role} ya ha confirmado sus órdenes y no puede responder.`,
  'no.proposalGone': () => 'Esa propuesta ya no existe.',
  'no.notAddressed': () => 'Esa propuesta no va dirigida a este rol.',
  'no.answered': () => 'Esa propuesta ya tiene respuesta.',
  'no.messageEmpty': () => 'Escriba algo antes de enviar el mensaje.',
  'no.messageLong': (a) => `Un mensaje tiene como máximo ${a.max} caracteres.`,
};
