import type { DeclutterLexicon } from './types.js';

export const fr: DeclutterLexicon = {
  imperatives: [
    'partagez', 'partager', 'suivez', 'suivez-nous', 'rejoignez', 'rejoignez-nous', 'abonnez-vous', 'inscrivez-vous', 'telechargez',
    'soutenez', 'cliquez', 'lisez', 'regardez', 'ecoutez', 'activez', 'recevez', 'faites un don', 'retrouvez',
  ],
  promotion: [
    'nous', 'notre', 'nos', 'chaine', 'whatsapp', 'telegram', 'google actualites', 'google news', 'newsletter', 'lettre',
    'application', 'appli', 'ici', 'cet article', 'abonne', 'notifications',
  ],
  labels: ['contenu sponsorise', 'recherches associees', 'sponsorise', 'ecouter cet article'],
  sponsorPrefixes: ['sponsorise par', 'presente par', 'en partenariat avec', 'propose par'],
  readTime: ['# min de lecture', '# minutes de lecture', 'lecture # min', 'temps de lecture : # min', 'temps de lecture: # min'],
  playerControls: ['lecture', 'pause', 'muet', 'plein ecran', 'sous-titres', 'volume', 'parametres', 'en direct'],
  homeCrumbs: ['accueil'],
  fragmentEnds: ['quand', 'si', 'lorsque', 'pendant', 'ou', 'parce', 'bien', 'et', 'mais', 'que', 'le', 'la', 'les', 'un', 'une', 'de', 'des', 'du', 'en', 'avec', 'pour', 'par', 'soit', 'est'],
};
