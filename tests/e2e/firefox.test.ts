import { bigPageStaysResponsive } from './big-page-scenarios.js';
import { snapshotKeepsTheLivePage } from './snapshot-scenarios.js';
import { articleImagesOff, cleanViewIsADialog, pageCannotHideTheView, sandboxedPageOffersReaderPage } from './clean-view-scenarios.js';
import { clobberingCannotStopClearleaf } from './clobbering-scenarios.js';
import { hostilePagesRunNothing } from './hostile-scenarios.js';
import { imagesCarryNoCookies } from './image-privacy-scenarios.js';
import { alwaysCleanSite, popupSettingsStayFresh, readerPageAndActions, themesAndAccessibility } from './reader-scenarios.js';
import { everydayConventions, readAloud, settingsKeepEverySite, timedOutMessage } from './store-scenarios.js';
import { siteRulesAndMemory } from './site-memory-scenarios.js';
import { browserSuite, popupExplainsRestrictedPages, popupShowsArticles, popupShowsSources } from './scenarios.js';

browserSuite('firefox', [
  popupShowsArticles, popupExplainsRestrictedPages, popupShowsSources,
  readerPageAndActions, themesAndAccessibility, hostilePagesRunNothing, clobberingCannotStopClearleaf, cleanViewIsADialog, articleImagesOff, imagesCarryNoCookies, sandboxedPageOffersReaderPage, pageCannotHideTheView, alwaysCleanSite,
  popupSettingsStayFresh, settingsKeepEverySite, everydayConventions, readAloud, timedOutMessage, siteRulesAndMemory,
  bigPageStaysResponsive, snapshotKeepsTheLivePage,
]);
