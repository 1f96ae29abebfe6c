import type { Translation } from '../../catalogue';
import type { notices as en } from '../../en/ui/notices';
import { formatter } from '../../format';

const f = formatter('fr');
/** A sentence without its final stop, to quote it inside brackets. */
const stop = (s: string) => s.replace(/\.$/, '');
const nb = '\u00a0';
const pasSauvee = 'La partie n\u2019a pas pu être sauvegardée dans ce navigateur';
const conserver = 'Exportez la sauvegarde pour la conserver.';
const pasReprise = `La partie sauvegardée dans ce navigateur ne peut pas être reprise${nb}:`;
const which = (command: number, commands: number) =>
  command ? `commande ${command} sur ${commands}` : 'les commandes';

/** Why the host refused what this device sent, by the host's reason code. */
const HOST_REFUSALS: Record<string, string> = {
  notJson: 'Le serveur n’a pas pu lire le message.',
  tooLarge: 'C’est trop long pour être envoyé.',
  badMessage: 'Le serveur ne connaît pas ce message.',
  tooMany: `Trop de messages à la fois${nb}: attendez un instant, puis réessayez.`,
  unknownSession: 'Aucun exercice ne porte ce code. Vérifiez le code affiché à l’écran.',
  unknownScenario: 'Le serveur n’a aucun scénario de ce nom.',
  badToken: `Cet appareil a perdu sa place (elle a été libérée)${nb}: rejoignez de nouveau l’exercice.`,
  badSecret: 'Le lien de l’animateur est erroné ou périmé.',
  notSeated: `Cet appareil n’a pas encore de place${nb}: rejoignez d’abord l’exercice.`,
  notAllowed: 'Cette place ne permet pas de faire cela.',
  notYourRole: 'Une équipe ne donne d’ordres que pour son propre rôle.',
  notStarted: 'L’animateur n’a pas encore lancé l’exercice.',
  started: 'L’exercice a déjà commencé.',
  unknownRole: 'Le scénario n’a pas ce rôle.',
  notTeamRole: `L’ordinateur joue désormais ce rôle${nb}: adressez-vous à l’animateur.`,
  noRequest: 'Cette demande n’est plus en attente.',
  noSeat: 'Cette place n’existe plus.',
  claimRefused: 'L’animateur n’a pas approuvé la demande.',
  badSeq: `Le serveur n’a pas reconnu où en était cette page dans la partie${nb}: la partie lui a été renvoyée.`,
  noTimer: 'Le minuteur n’est pas réglé, ou pas dans un état qui le permet.',
  storage: 'Le serveur n’a pas pu l’enregistrer, donc rien n’a changé. Réessayez.',
};

export const notices: Translation<typeof en> = {
  noGame: 'Aucune partie n\u2019est en cours.',
  noTeamPlanning: 'Aucune équipe ne planifie.',
  rewound: (turn) => `Retour au début du tour ${turn}.`,
  defaultEndReason: 'terminé par l\u2019animateur',

  hostRefused: (reason) => HOST_REFUSALS[reason] ?? `Le serveur l’a refusé (${reason}).`,
  staleCommand: `La partie a changé pendant que vous décidiez (une autre table a agi)${nb}: regardez de nouveau, puis renvoyez-le si c’est toujours valable.`,
  hostRestarted: `Le serveur a redémarré${nb}; vous avez retrouvé votre place et rien n’a été perdu.`,
  hostGarbled: (detail) =>
    `Le serveur a envoyé quelque chose que cette page ne sait pas lire${nb}: ${detail}`,

  chooseScenario: 'Choisissez d\u2019abord un scénario.',
  enterSeed: `Saisissez une graine${nb}: n\u2019importe quel mot ou nombre.`,
  seatATeam: `Placez au moins une équipe${nb}: tous les rôles sont joués par l\u2019ordinateur.`,
  nameEveryTeam: 'Donnez un nom à chaque équipe.',
  pinDigits:
    'Le code PIN de l’animateur compte de 4 à 12 chiffres, ou reste vide s’il n’y en a pas.',

  saveFailedFull: `${pasSauvee} (l\u2019espace de stockage du navigateur pour cette page est plein). ${conserver}`,
  saveFailedUnavailable: (detail) =>
    `${pasSauvee} (le stockage du navigateur est indisponible (${detail})). ${conserver}`,
  saveFailedVerify: `${pasSauvee} (ce qui a été écrit dans le stockage du navigateur ne s\u2019est pas relu à l\u2019identique). ${conserver}`,
  saveFailed: (detail) => `${pasSauvee} (${detail}). ${conserver}`,

  commandRefused: (command, why) =>
    `la commande ${command} ne peut pas être appliquée${nb}: ${why}`,
  replayFailed: (detail) => `Les commandes ne peuvent pas être rejouées${nb}: ${detail}`,
  saveLoaded: (file, turn, hash) => `${file} chargé${nb}: tour ${turn}, état ${hash}.`,
  saveUnknownScenario: (id, hash) =>
    `Cette sauvegarde concerne un scénario que cette application n\u2019a pas (${id}, empreinte ${hash}). Ouvrez d\u2019abord ce fichier de scénario, puis importez la sauvegarde.`,
  resumeFailed: (detail) => `${pasReprise} ${detail}`,
  resumeNotAutosave: `${pasReprise} ce n\u2019est pas une sauvegarde automatique de Mandate.`,
  resumeScenarioInvalid: (detail) =>
    `${pasReprise} son scénario n\u2019est plus valide${nb}: ${detail}`,
  languageLoadFailed: (why) =>
    `La langue n\u2019a pas pu être chargée (${why}). Vérifiez que l\u2019application est toujours servie, puis réessayez.`,
  screensLoadFailed: (why) =>
    `Les écrans de l\u2019exercice n\u2019ont pas pu être chargés (${why}). Vérifiez que l\u2019application est toujours servie, puis rechargez la page.`,
  scenarioLoadFailed: (why) =>
    `Le scénario n\u2019a pas pu être chargé (${why}). Vérifiez que l\u2019application est toujours servie, puis réessayez.`,
  resumeBundledMissing: (file) =>
    `${pasReprise} le scénario fourni ${file} n\u2019existe pas dans cette version de l\u2019application.`,
  resumeScenarioChanged: `${pasReprise} le scénario a changé depuis la sauvegarde de la partie.`,

  fileUnreadable: (file, detail) => `${file} n\u2019a pas pu être lu${nb}: ${detail}`,
  fileCannotBeRead: 'le fichier ne peut pas être lu',
  scenarioFromStart:
    'Pour ouvrir un fichier de scénario, revenez d\u2019abord à l\u2019écran d\u2019accueil. Un fichier de sauvegarde peut être déposé ici.',
  oneScenarioAtATime: (opened, others) =>
    `${opened} ouvert, un scénario à la fois${nb}: ${f.list(others)} ${others.length === 1 ? 'n\u2019a pas été ouvert' : 'n\u2019ont pas été ouverts'}.`,
  mapNotScenario: `ceci est une carte Tiled, pas un scénario${nb}: ouvrez-la avec le scénario qui la nomme dans «${nb}map.tiled.file${nb}» (sélectionnez les deux fichiers, ou déposez-les ensemble)`,
  saveTooLarge: (size) =>
    `le fichier dépasse ${f.num(size)}${nb}Mo${nb}; une sauvegarde n\u2019est jamais aussi lourde`,
  mapTooLarge: (size) => `la carte dépasse ${f.num(size)}${nb}Mo`,
  scenarioTooLarge: (size) =>
    `le fichier dépasse ${f.num(size)}${nb}Mo${nb}; un scénario est bien plus petit`,
  mapMissing: (map, others, expected) =>
    `Ce scénario prend les formes de ses districts dans ${map}${nb}: ouvrez ce fichier avec le scénario (sélectionnez les deux fichiers, ou déposez-les ensemble)` +
    (others.length
      ? ` (${f.list(others)} ${others.length === 1 ? 'n\u2019est pas' : 'ne sont pas'} ${expected})`
      : ''),
  mapMissingHint: 'ajoutez seulement la carte avec le bouton ci-dessous',
  noLongerBundled: (file) => `${file} ne fait plus partie des scénarios fournis`,

  reloadSame: (file) =>
    `${file} est revenu à la version sur laquelle la partie se joue${nb}; la partie continue.`,
  reloadInvalid: (file) =>
    `${file} a été enregistré avec des problèmes, listés ici${nb}; la partie continue avec la version de départ.`,
  reloadSetUp: (command, commands, detail) =>
    `Scénario rechargé${nb}: les commandes enregistrées ne s\u2019appliquent plus (${which(command, commands)}${nb}: ${stop(detail)}). Lancez la nouvelle version d\u2019ici.`,
  reloadSetUpElsewhere: (command, commands, detail) =>
    `Scénario rechargé${nb}: les commandes enregistrées ne s\u2019appliquent plus (${which(command, commands)}${nb}: ${stop(detail)}). La fenêtre principale prépare la nouvelle version.`,
  reloadReplayed: (count) =>
    `Scénario rechargé${nb}: ${f.plural(count, { one: '# commande rejouée', other: '# commandes rejouées' })}.`,

  syncRefused: `La partie de l\u2019autre fenêtre n\u2019a pas pu être rejouée ici${nb}; cette fenêtre garde la sienne. Rechargez les deux fenêtres pour les resynchroniser.`,
  syncRefusedStorage:
    'La partie de l\u2019autre fenêtre n\u2019a pas pu être rejouée ici. Rechargez cette fenêtre pour la resynchroniser.',
};
