import type { DeclutterLexicon } from './types.js';

export const es: DeclutterLexicon = {
  imperatives: [
    'comparte', 'compartir', 'siguenos', 'sigue', 'sigan', 'unete', 'suscribete', 'registrate', 'descarga', 'descargue',
    'apoya', 'dona', 'haz clic', 'pulsa', 'lee', 'mira', 'escucha', 'activa', 'recibe', 'hazte', 'inscribete', 'visita', 'vuelve a',
  ],
  promotion: [
    'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'canal', 'whatsapp', 'telegram', 'google noticias', 'google news',
    'boletin', 'newsletter', 'app', 'aplicacion', 'aqui', 'este articulo', 'esta noticia', 'suscriptor', 'notificaciones', 'portada',
  ],
  labels: ['contenido patrocinado', 'busquedas relacionadas', 'patrocinado', 'escuchar'],
  sponsorPrefixes: ['patrocinado por', 'presentado por', 'en colaboracion con', 'ofrecido por'],
  readTime: ['# min de lectura', '# minutos de lectura', 'lectura de # min', 'lectura de # minutos', 'tiempo de lectura: # min'],
  playerControls: ['reproducir', 'pausa', 'silenciar', 'pantalla completa', 'subtitulos', 'volumen', 'configuracion', 'en vivo', 'en directo'],
  homeCrumbs: ['inicio', 'portada'],
  fragmentEnds: ['cuando', 'si', 'mientras', 'donde', 'porque', 'aunque', 'y', 'o', 'pero', 'que', 'el', 'la', 'los', 'las', 'un', 'una', 'de', 'en', 'con', 'por', 'para', 'sea', 'es'],
};
