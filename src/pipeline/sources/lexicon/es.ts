/** Spanish attribution words, from news copy. */
import type { Lexicon } from './types.js';

export const es: Lexicon = {
  lang: 'es',
  cueVerbs: [
    'dijo', 'dice', 'dicen', 'dijeron', 'afirmó', 'afirma', 'aseguró', 'asegura', 'aseguran', 'señaló', 'señala', 'explicó', 'explica',
    'añadió', 'agregó', 'indicó', 'indica', 'indican', 'advirtió', 'advierte', 'declaró', 'sostuvo', 'sostiene', 'informó', 'informa',
    'reconoció', 'insistió', 'insiste', 'destacó', 'subrayó', 'manifestó', 'comentó', 'apuntó', 'defendió', 'anunció', 'denunció',
    'criticó', 'recordó', 'precisó', 'admitió', 'negó', 'confirmó', 'estimó', 'calculó', 'prevé', 'prevén', 'celebraron', 'celebró',
    'advirtieron', 'escribió', 'publicó', 'respondió', 'replicó', 'alertó', 'lamentó', 'opinó', 'consideró', 'considera',
  ],
  evidenceVerbs: ['indica', 'indican', 'indicó', 'muestra', 'muestran', 'mostró', 'revela', 'revelan', 'reveló', 'estima', 'estimó', 'prevé', 'prevén'],
  contentLead: /^((este|el|esta|la)\s+(lunes|martes|miércoles|jueves|viernes|sábado|domingo|semana|mañana|tarde|noche)|ayer|hoy|(en|durante)\s+(una?|la|el|su)\s+[\p{L} -]{2,40}?)\s+(?=que\s)/iu,
  cuePrepositions: ['según', 'de acuerdo con', 'citando a'],
  cueNouns: ['declaración', 'afirmación', 'postura', 'opinión', 'advertencia', 'respuesta', 'mensaje'],
  noComment: /\b(declinó hacer comentarios|no quiso hacer comentarios|rehusó comentar|no respondió a (la|las) (solicitud|solicitudes|peticiones) de comentarios)\b/iu,
  documentCues: ['en virtud de', 'conforme a', 'según establece'],
  between: ['también', 'además', 'luego', 'ayer', 'hoy', 'el lunes', 'el martes', 'el miércoles', 'el jueves', 'el viernes', 'el sábado', 'el domingo', 'este', 'esta'],
  pronouns: { person: ['él', 'ella'], group: ['ellos', 'ellas'], thing: [] },
  relatives: ['quien', 'quienes', 'que'],
  determiners: ['un', 'una', 'el', 'la', 'los', 'las', 'unos', 'unas', 'varios', 'varias', 'algunos', 'algunas', 'dos', 'tres', 'muchos', 'otros'],
  anonymousPerson: ['funcionario', 'funcionaria', 'fuente', 'analista', 'experto', 'experta', 'diplomático', 'asesor', 'asesora', 'portavoz', 'responsable', 'alto cargo', 'vecino', 'vecina', 'trabajador', 'trabajadora', 'economista', 'investigador', 'investigadora'],
  anonymousGroup: ['funcionarios', 'fuentes', 'analistas', 'expertos', 'diplomáticos', 'asesores', 'vecinos', 'trabajadores', 'economistas', 'investigadores', 'organizaciones', 'asociaciones', 'sindicatos', 'agricultores', 'críticos', 'responsables'],
  spokesperson: ['portavoz', 'comunicado', 'representante'],
  dataHeads: ['informe', 'informes', 'estudio', 'estudios', 'encuesta', 'encuestas', 'datos', 'cifras', 'estadísticas', 'análisis', 'censo', 'registros', 'previsiones'],
  documentPatterns: [
    /\b(Real Decreto|Decreto|Ley|Orden|Resolución|Reglamento)\s+(n\.?º\s*)?[\d/.-]+\b/u,
    /\bla Ley (?:de |del |sobre )?(?:[A-ZÁÉÍÓÚ][\wáéíóúñ'-]+ ?){1,6}/u,
  ],
  organizationWords: ['Ministerio', 'Gobierno', 'Congreso', 'Senado', 'Tribunal', 'Comisión', 'Ayuntamiento', 'Banco', 'Universidad', 'Partido', 'Agencia', 'Instituto', 'Consejo', 'Junta', 'Fiscalía', 'Policía', 'Guardia', 'Ejército', 'Asociación', 'Sindicato', 'Fundación', 'Empresa', 'Compañía', 'Grupo', 'Federación', 'Confederación', 'Oficina', 'Dirección', 'Generalitat', 'Xunta', 'Diputación', 'Cámara', 'Corte', 'Comité'],
  mediaNames: ['EFE', 'Europa Press', 'Reuters', 'AFP', 'AP', 'Bloomberg', 'El País', 'El Mundo', 'ABC', 'La Vanguardia', 'RTVE', 'Cadena SER', 'COPE', 'Onda Cero', 'Clarín', 'La Nación', 'El Universal', 'Televisa'],
  mediaWords: ['Diario', 'Periódico', 'Radio', 'Televisión', 'Noticias', 'Gaceta', 'Heraldo', 'Crónica', 'Correo', 'Mundo', 'Nación', 'Prensa'],
  titleHeads: ['presidente', 'presidenta', 'ministro', 'ministra', 'secretario', 'secretaria', 'alcalde', 'alcaldesa', 'gobernador', 'gobernadora', 'senador', 'senadora', 'diputado', 'diputada', 'portavoz', 'director', 'directora', 'consejero', 'consejera', 'juez', 'jueza', 'fiscal', 'embajador', 'embajadora', 'general', 'delegado', 'delegada', 'líder', 'jefe', 'jefa', 'doctor', 'doctora', 'profesor', 'profesora', 'rey', 'reina', 'papa', 'Presidente', 'Presidenta', 'Ministro', 'Ministra', 'Sr.', 'Sra.', 'Dr.', 'Dra.'],
  notNames: ['El', 'La', 'Los', 'Las', 'Un', 'Una', 'Este', 'Esta', 'Estos', 'Estas', 'Pero', 'Y', 'O', 'Sin', 'Con', 'En', 'De', 'Del', 'Por', 'Para', 'Según', 'Tras', 'Ante', 'Aunque', 'Cuando', 'Si', 'Como', 'Lunes', 'Martes', 'Miércoles', 'Jueves', 'Viernes', 'Sábado', 'Domingo', 'Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre', 'Además', 'Sin embargo'],
  via: /^,?\s*(en (un|una|su) (comunicado|entrevista|carta|mensaje|declaración|rueda de prensa|publicación)( (con|a|en) (?:[A-ZÁÉÍÓÚ][\wáéíóúñ.&'-]*\s?){1,5})?|a (?:la )?(?:[A-ZÁÉÍÓÚ][\wáéíóúñ.&'-]*\s?){1,5}|a los periodistas|en (X|Twitter|Facebook|Instagram|redes sociales))/u,
  and: 'y',
  that: ['que'],
};
