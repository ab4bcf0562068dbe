import type { DeclutterLexicon } from './types.js';

export const en: DeclutterLexicon = {
  imperatives: [
    'share', 'follow', 'join', 'subscribe', 'sign up', 'republish', 'download', 'install', 'get', 'click', 'tap',
    'support', 'donate', 'like', 'become', 'register', 'log in', 'sign in', 'upgrade', 'add', 'try', 'unlock', 'listen to',
    'watch', 'read', 'check out', 'visit', 'return to', 'go to', 'bookmark', 'save', 'turn on', 'enable', 'stay',
  ],
  promotion: [
    'us', 'our', 'newsletter', 'newsletters', 'channel', 'app', 'whatsapp', 'telegram', 'google news', 'podcast', 'this article',
    'this story', 'this post', 'front page', 'homepage', 'home page', 'membership', 'subscriber', 'subscription',
    'notifications', 'alerts', 'inbox', 'free trial', 'premium',
  ],
  labels: [
    // Medium's furniture.
    'member-only story', 'top highlight', 'listen',
    // Search and recommendation widgets.
    'related searches', 'people also search for', 'recommended for you', 'more for you', 'sponsored content', 'sponsored',
    'paid post', 'partner content', 'advertiser content',
    // Gallery and player labels.
    'now playing', 'up next', 'watch now', 'listen now',
  ],
  sponsorPrefixes: ['promoted by', 'sponsored by', 'presented by', 'paid for by', 'in partnership with', 'brought to you by'],
  readTime: ['# min read', '# mins read', '# minute read', '# minutes read', 'reading time: # min', 'reading time # minutes', '# min listen'],
  playerControls: [
    'play', 'pause', 'mute', 'unmute', 'replay', 'full screen', 'fullscreen', 'exit full screen', 'volume', 'captions', 'subtitles',
    'cc', 'settings', 'playback speed', 'quality', 'auto', 'live', 'skip', 'picture-in-picture', 'seek', 'current time', 'duration',
    'loaded', 'stream type', 'remaining time', 'chapters', 'descriptions', 'audio track', 'close modal dialog', 'this is a modal window',
  ],
  homeCrumbs: ['home', 'homepage', 'start'],
  fragmentEnds: [
    'when', 'if', 'while', 'where', 'because', 'since', 'although', 'though', 'unless', 'until', 'whether', 'and', 'or', 'but',
    'nor', 'so', 'then', 'that', 'which', 'who', 'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
    'as', 'is', 'are', 'was', 'be', 'let', 'given',
  ],
};
