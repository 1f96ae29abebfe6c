/**
 * The engine's messages in French: what the log says happened, and why.
 *
 * Role, district, fact and incident names are scenario text of any gender or number, so no
 * adjective or participle here agrees with one: a name comes before a colon, after a noun of
 * known gender (« Incident « … » »), as the subject of a verb whose participle does not agree
 * (a role is one body: « X a partagé … »), or, for a district, in brackets ("(Port)"), since
 * "à" or "dans" before a name depends on its article and gender.
 * Typography: a no-break space before : ; ! ? and inside « », and the typographic apostrophe.
 */
import type { MessageCatalogue } from '../catalogue';
import { formatter } from '../format';
import { names } from '../names';
import { vocab } from './vocab';
import { de } from './words';

const f = formatter('fr');
const nb = '\u00a0';
/** A label inside a sentence: "Patrouille conjointe" → "patrouille conjointe"; an acronym ("ONU")
 * keeps its capitals. */
const lower = (s: string) =>
  /^\p{Lu}\p{Lu}/u.test(s) ? s : s.charAt(0).toLocaleLowerCase('fr') + s.slice(1);
/** A drift rule's reason inside a sentence: "Les besoins attisent les griefs." → "les besoins
 * attisent les griefs". */
const clause = (s: string) => lower(s.replace(/[.\s]+$/, ''));
const q = (s: string) => `\u00ab${nb}${s}${nb}\u00bb`;
const inDistricts = (d: string[], everywhere: string) =>
  d.length ? ` (${f.list(d)})` : everywhere;
const pair = (a: string, b: string) => f.list([a, b]);
/** " (Port)"; nothing when the title names its place already (« Barricades à Dunmere »). */
const where = (thing: string, place: string) => (names(thing, place) ? '' : ` (${place})`);

export const messages: MessageCatalogue = {
  text: (a) => a.text,

  'log.turnBegins': (a) => `Début du tour ${a.turn} sur ${a.turns}.`,
  'log.inject': (a) => `${a.sender}${nb}: ${a.title}`,
  'log.injectDetail': (a) => `${a.text} (${a.why})`,
  'log.quietStart': () => `Début calme${nb}: aucun événement aléatoire ce tour-ci.`,
  'log.event': (a) => `${a.title}${where(a.title, a.district)}`,
  'log.shared': (a) => `${a.from} a partagé ${q(a.fact)} avec ${a.to}.`,
  'log.leaked': () => 'Il y a eu une fuite.',
  'log.notLeaked': () => 'Il n’y a pas eu de fuite.',
  'log.leak': (a) => `Fuite${nb}: l’information ${q(a.fact)} s’est ébruitée et ne vaut plus rien.`,
  'log.leakDetail': () =>
    'Une information transmise entre partenaires qui ne se font pas confiance circule plus loin que prévu.',
  'log.moved': (a) => `${a.asset}${nb}: déplacement ${de(a.from)} vers ${a.to}.`,
  'log.actionSucceeded': (a) =>
    `${f.list(a.who)}${nb}: ${lower(a.action)} (${a.district}) \u2014 réussite.`,
  'log.actionFailed': (a) =>
    `${f.list(a.who)}${nb}: ${lower(a.action)} (${a.district}) \u2014 échec.`,
  'log.proposalLapsed': (a) =>
    `${a.lead}${nb}: la proposition ${de(lower(a.action))} (${a.district}) est caduque, aucun partenaire ne l’ayant acceptée.`,
  'log.drift': (a) => `Évolution (${a.district})${nb}: ${a.reasons.map(clause).join(`${nb}; `)}.`,
  'log.incidentResolved': (a) =>
    `Incident ${q(a.incident)}${where(a.incident, a.district)}${nb}: résolu par ${f.list(a.who)}.`,
  'log.incidentContained': (a) =>
    `Incident ${q(a.incident)}${where(a.incident, a.district)}${nb}: contenu par les unités déployées sur place.`,
  'log.incidentEscalates': (a) =>
    `Incident ${q(a.incident)}${where(a.incident, a.district)}${nb}: sans réponse, il s’aggrave (${f.plural(a.turnsLeft, { one: '# tour restant', other: '# tours restants' })}).`,
  'log.incidentFailed': (a) =>
    `Incident ${q(a.incident)}${where(a.incident, a.district)}${nb}: la mission n’a pas su y répondre.`,
  'log.expectedResponse': (a) => `Réponse attendue${nb}: ${f.list(a.actions.map(lower), 'or')}.`,
  'log.endAccomplished': (a) =>
    `Fin de l’exercice${nb}: ${a.reason}. Score${nb}: ${a.score} sur 100${nb}; mission accomplie.`,
  'log.endNotAccomplished': (a) =>
    `Fin de l’exercice${nb}: ${a.reason}. Score${nb}: ${a.score} sur 100${nb}; mission non accomplie.`,
  'log.endDetail': (a) => a.objectives.join(' '),
  'log.objectiveMet': (a) => `Objectif atteint${nb}: ${a.description} (actuellement ${a.value}).`,
  'log.objectiveNotMet': (a) =>
    `Objectif non atteint${nb}: ${a.description} (actuellement ${a.value}).`,
  'log.message': (a) => `${a.from} à ${a.to}${nb}: ${q(a.text)}`,
  'log.messageAll': (a) => `${a.from} à tous${nb}: ${q(a.text)}`,
  'log.committedByTimer': (a) =>
    `Temps de planification écoulé${nb}: les ordres ${de(a.role)} ont été validés en l’état.`,

  'why.scheduled': (a) => `programmé par l’animateur pour le tour ${a.turn}`,
  'why.scripted': (a) => `prévu par le scénario pour le tour ${a.turn}`,
  'why.triggered': (a) => `déclenché parce que ${a.metric} vaut ${a.value}`,
  'why.released': () => 'déclenché par l’animateur',

  'end.condition': (a) => `${a.description} (${a.metric} vaut ${a.value})`,
  'end.lastTurn': (a) => `le dernier tour (${a.turn}) est terminé`,
  'end.facilitator': (a) => `l’animateur a mis fin à l’exercice${nb}: ${a.reason}`,

  'fac.scheduled': (a) => `L’animateur a programmé ${q(a.inject)} pour le tour ${a.turn}.`,
  'fac.skipped': (a) => `L’animateur a écarté ${q(a.inject)}${nb}: cet événement n’aura pas lieu.`,
  'fac.adjusted': (a) =>
    `L’animateur a modifié de ${f.signed(a.delta)} le niveau ${de(lower(a.indicator))} (${a.district})${nb}: ${a.reason}`,
  'fac.adjustedTrust': (a) =>
    `L’animateur a modifié de ${f.signed(a.delta)} la confiance entre ${pair(a.a, a.b)}${nb}: ${a.reason}`,
  'fac.overruled': (a) => `L’animateur a annulé ${q(a.entry)}${nb}: ${a.reason}`,
  'fac.paused': () => 'L’animateur a mis l’exercice en pause.',
  'fac.resumed': () => 'L’animateur a repris l’exercice.',
  'fac.rewound': (a) => `L’animateur a ramené l’exercice au début du tour ${a.turn}.`,

  'fx.facilitator': (a) => `animateur${nb}: ${a.reason}`,
  'fx.overruled': (a) => `résultat annulé par l’animateur${nb}: ${a.reason}`,
  'fx.inject': (a) => `événement${nb}: ${a.title}`,
  'fx.event': (a) => `événement aléatoire${nb}: ${a.title}`,
  'fx.actionSucceeded': (a) => `${a.action}${nb}: réussite`,
  'fx.actionFailed': (a) => `${a.action}${nb}: échec`,
  'fx.sharedBy': (a) => `partagé par ${a.role}`,
  'fx.intelShared': () => 'renseignement partagé',
  'fx.intelLeaked': () => 'fuite de renseignement',
  'fx.secretLeaked': () => 'un secret partagé a fuité',
  'fx.leakRumours': () => 'rumeurs nées de la fuite',
  'fx.moveOrder': () => 'ordre de déplacement',
  'fx.uncovered': () => 'découvert par l’enquête',
  'fx.actedAlone': (a) => `${a.role} a agi sans partenaire dans le cadre du mandat ${a.kind}`,
  'fx.soloAction': () => 'action individuelle menée',
  'fx.policeLedPopulated': () => 'patrouille dirigée par la police dans un district peuplé',
  'fx.militarySuppressed': () => `direction militaire${nb}: menaces neutralisées`,
  'fx.posture': (a) => `posture${nb}: ${lower(a.posture)}`,
  'fx.harmDispersed': () => 'des civils blessés lors de la dispersion d’une foule par la force',
  'fx.harmEscalated': () => 'une foule tendue s’est heurtée à la force et la situation a dégénéré',
  'fx.jointSucceeded': () => 'une action conjointe a réussi',
  'fx.jointFailed': () => 'une action conjointe a échoué',
  'fx.jointCarriedOut': () => 'action conjointe menée',
  'fx.heldBack': (a) => `information retenue${nb}: ${q(a.fact)}`,
  'fx.heldBackMattered': (a) =>
    `${a.role} a retenu ${q(a.fact)}, une information qui aurait fait la différence`,
  'fx.incidentResolved': (a) => `incident résolu${nb}: ${a.incident}`,
  'fx.incidentContained': (a) => `incident contenu${nb}: ${a.incident}`,
  'fx.incidentEscalates': (a) => `l’incident s’aggrave${nb}: ${a.incident}`,
  'fx.incidentFailed': (a) => `incident en échec${nb}: ${a.incident}`,
  'fx.countResolved': () => 'incident résolu',
  'fx.countContained': () => 'incident contenu',
  'fx.countNotHandled': () => 'incident non traité',

  'mod.unitOnSite': (a) => `${a.role}${nb}: unité sur place`,
  'mod.readiness': (a) =>
    `${a.role}${nb}: disponibilité de sa meilleure unité sur place (${a.value})`,
  'mod.fromNeighbour': (a) => `${a.role}${nb}: intervention depuis un district voisin`,
  'mod.noUnitInReach': (a) => `${a.role}${nb}: aucune unité à portée`,
  'mod.factLeaked': (a) => `${q(a.fact)} a fuité et ne vaut plus rien`,
  'mod.intelligence': (a) => `renseignement${nb}: ${a.fact}`,
  'mod.hostileCrowds': (a) => `foules hostiles (tension ${a.tension})`,
  'mod.insecurity': (a) => `l’insécurité entrave le travail civil (sécurité ${a.security})`,
  'mod.communityCooperates': (a) => `la population coopère (confiance ${a.trust})`,
  'mod.nobodyTalks': (a) => `personne ne parle à la mission (confiance ${a.trust})`,
  'mod.partnerTrust': (a) => `confiance entre ${pair(a.a, a.b)} (${a.trust})`,
  'mod.outsideMandate': (a) => `${lower(a.action)}${nb}: hors du mandat ${a.kind}`,
  'mod.incidentHarder': (a) => `l’incident ${q(a.incident)} complique la tâche`,
  'mod.militaryLeadThreat': () => 'direction militaire dans un district à forte menace',
  'mod.soldiersUnsettle': () =>
    `des soldats en tête dans un district peuplé et calme${nb}: la population s’inquiète`,
  'mod.noPolice': () => 'pas de police dans la patrouille',
  'mod.notPoliceLed': () => 'maintien de l’ordre non dirigé par la police',
  'mod.mediators': () => 'des médiateurs civils à la table',
  'mod.noMediators': () => 'négocier sans médiateurs',
  'mod.tooHeated': (a) => `climat trop tendu pour négocier (tension ${a.tension})`,
  'mod.containCautious': () => 'contenir est la posture prudente',
  'mod.cordon': () => 'un cordon militaire tient le périmètre',
  'mod.mediatorsTalk': () => 'les médiateurs parlent à la foule',
  'mod.forceClears': () => 'la force dégage la place',
  'mod.angryCrowd': (a) => `disperser une foule en colère (tension ${a.tension})`,
  'mod.soldiersFacing': () => 'des soldats face à des civils',
  'mod.noTarget': () => 'aucun renseignement sur une cible ici',
  'mod.noMilitary': () => 'aucun militaire pour sécuriser le site',
  'mod.absent': (a) =>
    `${f.list(a.roles)} ${f.plural(a.roles.length, { one: 'n’a pas participé', other: 'n’ont pas participé' })}`,
  'mod.unitsDeployed': (a) =>
    f.plural(a.count, {
      one: '# unité déployée dans le district',
      other: '# unités déployées dans le district',
    }),
  'mod.districtSecurity': (a) => `sécurité dans le district (${a.security})`,
  'mod.severity': (a) => `gravité de l’incident (${a.severity})`,
  'mod.lowTrustLeak': (a) => `faible confiance entre ${pair(a.a, a.b)} (${a.trust})`,

  'means.cardDrawn': () => 'une carte est tirée de la pioche des événements',
  'means.leaks': () => 'l’information fuite',
  'means.contained': () => 'les unités déployées le contiennent',

  // A metric carries its article (« le niveau moyen de… »), so a sentence can say « parce que
  // {metric} vaut 30 ».
  'metric.average': (a) =>
    `le niveau moyen ${de(lower(a.indicator))}${inDistricts(a.districts, '')}`,
  'metric.max': (a) =>
    `le niveau maximal ${de(lower(a.indicator))}${inDistricts(a.districts, ' parmi tous les districts')}`,
  'metric.min': (a) =>
    `le niveau minimal ${de(lower(a.indicator))}${inDistricts(a.districts, ' parmi tous les districts')}`,
  'metric.counter': (a) => `le nombre ${de(lower(a.counter))}`,
  'metric.pairTrust': (a) => `la confiance entre ${pair(a.a, a.b)}`,
  'metric.averageTrust': () => 'la confiance moyenne entre les rôles',

  'no.ended': () => 'L’exercice est terminé.',
  'no.paused': () => 'L’animateur a mis l’exercice en pause.',
  'no.role': (a) => `Il n’y a pas de rôle ${q(a.id)}.`,
  'no.committed': (a) => `${a.role} a déjà validé ses ordres.`,
  'no.ordersCommitted': () => 'Les ordres sont validés.',
  'no.order': () => 'Ce rôle n’a pas donné cet ordre.',
  'no.proposal': () => 'Ce rôle n’a pas fait cette proposition.',
  'no.alreadyCommitted': () => 'Les ordres sont déjà validés.',
  'no.notCommitted': () => 'Les ordres ne sont pas validés.',
  'no.action': (a) => `${q(a.id)} n’est pas une action de ce scénario.`,
  'no.district': (a) => `Il n’y a pas de district ${q(a.id)}.`,
  'no.indicator': (a) => `Il n’y a pas d’indicateur ${q(a.id)}.`,
  'no.inject': (a) => `Il n’y a pas d’événement ${q(a.id)}.`,
  'no.injectReleased': () => 'Cet événement a déjà été déclenché.',
  'no.injectSkipped': () => 'Cet événement est déjà écarté.',
  'no.scheduleTurn': (a) => `Programmez-le pour un tour compris entre ${a.from} et ${a.to}.`,
  'no.wholeNumber': () => 'Un ajustement doit être un nombre entier.',
  'no.adjustReason': () => 'Indiquez la raison de l’ajustement.',
  'no.sameRole': () => 'Choisissez deux rôles différents.',
  'no.entry': (a) => `Il n’y a pas d’entrée ${a.id} dans le journal.`,
  'no.nothingToOverrule': () => 'Cette entrée n’a modifié aucune valeur qui puisse être annulée.',
  'no.overruledAlready': () => 'Ce résultat a déjà été annulé.',
  'no.overruleReason': () => 'Indiquez la raison de l’annulation.',
  'no.objective': (a) => `Il n’y a pas d’objectif ${q(a.id)}.`,
  'no.rating': () =>
    `L’appréciation doit être l’une des suivantes${nb}: ${f.list(Object.values(vocab.ratings).map(lower), 'or')}.`,
  'no.improvementAction': () => 'Décrivez l’action corrective.',
  'no.improvement': () => 'Cette action d’amélioration n’existe pas.',
  'no.pausedAlready': () => 'L’exercice est déjà en pause.',
  'no.notPaused': () => 'L’exercice n’est pas en pause.',
  'no.endedAlready': () => 'L’exercice est déjà terminé.',
  'no.rewindTurn': (a) => `Revenez à un tour compris entre 1 et ${a.to}.`,
  'no.rewindWithoutLine': () =>
    `Cette partie ne garde pas l’état du début de ses tours précédents${nb}: impossible d’y revenir.`,
  'no.capability': (a) => `${a.role} ne peut pas mener l’action ${q(a.action)}.`,
  'no.cannotLead': (a) => `${a.role} ne peut pas diriger cette action${nb}: ${a.reason}`,
  'no.notHere': (a) => `Impossible ici${nb}: ${a.reason}`,
  'no.maxPerTurn': (a) => `Au maximum ${f.num(a.count)} par tour${nb}: ${a.reason}`,
  'no.needsIntel': (a) => `Nécessite du renseignement sur ce district${nb}: ${a.reason}`,
  'no.cost': (a) =>
    `Nécessite ${f.plural(a.cost, { one: '# point d’action', other: '# points d’action' })}${nb}; ${f.plural(a.left, { one: '# restant', other: '# restants' })}.`,
  'no.jointOnly': (a) =>
    `${q(a.action)} est une action conjointe${nb}: proposez-la à un partenaire.`,
  'no.chooseFact': () => 'Choisissez une information à partager.',
  'no.notHeld': (a) => `${a.role} ne détient pas cette information.`,
  'no.chooseRecipient': () => 'Choisissez un autre rôle avec qui partager.',
  'no.alreadyHeld': (a) => `${a.role} détient déjà cette information.`,
  'no.alreadySharing': () => 'Cette information est déjà en cours de partage avec ce rôle.',
  'no.chooseUnit': () => 'Choisissez l’une de vos unités à déplacer.',
  'no.notBordering': (a) => `${a.district} n’est pas limitrophe du district de l’unité.`,
  'no.unitMoving': () => 'Cette unité a déjà un ordre de déplacement ce tour-ci.',
  'no.notJoint': (a) => `${q(a.action)} n’est pas une action conjointe.`,
  'no.choosePosture': () =>
    `Choisissez une posture${nb}: ${f.list(
      Object.values(vocab.postures).map((p) => lower(p.name)),
      'or',
    )}.`,
  'no.partnerTwice': () => 'Un partenaire est cité deux fois.',
  'no.invitePartner': () => 'Invitez au moins un partenaire.',
  'no.selfPartner': () => 'Un rôle ne peut pas être son propre partenaire.',
  'no.partnerCommitted': (a) => `${a.role} a déjà validé ses ordres et ne peut pas répondre.`,
  'no.proposalGone': () => 'Cette proposition n’existe plus.',
  'no.notAddressed': () => 'Cette proposition ne s’adresse pas à ce rôle.',
  'no.answered': () => 'Cette proposition a déjà reçu une réponse.',
  'no.messageEmpty': () => 'Écrivez quelque chose avant d’envoyer le message.',
  'no.messageLong': (a) => `Un message compte au plus ${a.max}${nb}caractères.`,
};
