import { defineMiddleware } from "astro:middleware";
import { pageMessagesForUrl } from "./core/i18n/page-messages";
import { setPageMessages } from "./core/i18n/runtime";

/**
 * The islands' words for the page about to render, set before anything of it renders. Astro may
 * render a page's islands before its layout's frontmatter runs, so setting them there let an
 * island render with the previous page's words (another language's, even). Pages are built one
 * at a time.
 */
export const onRequest = defineMiddleware((context, next) => {
  setPageMessages(pageMessagesForUrl(context.url));
  return next();
});
