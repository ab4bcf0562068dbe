import type { DeclutterLexicon } from './types.js';

export const de: DeclutterLexicon = {
  imperatives: [
    'teilen', 'teilen sie', 'folgen sie', 'folge', 'abonnieren sie', 'abonnieren', 'melden sie sich', 'registrieren sie sich',
    'laden sie', 'unterstutzen sie', 'klicken sie', 'hier klicken', 'werden sie',
  ],
  promotion: [
    'uns', 'unser', 'unsere', 'unseren', 'unserem', 'kanal', 'whatsapp', 'telegram', 'google news', 'newsletter', 'app', 'hier',
    'diesen artikel', 'abo', 'mitglied', 'benachrichtigungen',
  ],
  labels: ['anzeige', 'gesponsert', 'verwandte suchen', 'artikel anhoren'],
  sponsorPrefixes: ['prasentiert von', 'gesponsert von', 'in zusammenarbeit mit', 'unterstutzt von'],
  readTime: ['# min lesezeit', '# min. lesezeit', '# minuten lesezeit', 'lesezeit: # min', 'lesezeit # minuten'],
  playerControls: ['abspielen', 'wiedergabe', 'pause', 'stummschalten', 'vollbild', 'untertitel', 'lautstarke', 'einstellungen', 'live'],
  homeCrumbs: ['startseite'],
  fragmentEnds: ['wenn', 'falls', 'wahrend', 'wo', 'weil', 'obwohl', 'und', 'oder', 'aber', 'dass', 'der', 'die', 'das', 'ein', 'eine', 'von', 'mit', 'fur', 'zu', 'in', 'auf', 'sei', 'ist'],
};
