/**
 * User agents of the robots chat apps send to draw a link's preview card when a
 * buyer pastes `/v/<code>` into a conversation (ADR 0006, ADR 0023). Each share
 * would otherwise count as one more "client" of a sold stamp, and a stamp shared
 * in a few groups would read SUSPICIOUS without anyone copying it. Messenger's
 * previews come from `facebookexternalhit`; its in-app browser (a person) does not.
 */
const LINK_PREVIEW_ROBOTS =
    /facebookexternalhit|facebookcatalog|Facebot|meta-externalagent|TelegramBot|Slackbot|Slack-ImgProxy|Twitterbot|WhatsApp\/|SkypeUriPreview|Discordbot|LinkedInBot|Viber|ZaloBot|Zalo-?Preview/i;
/** Zalo's in-app browser (a person who scanned the QR in Zalo) names a phone; its previewer does not. */
const ZALO = /zalo/i;
const DEVICE = /iPhone|iPad|Android|Mobile|Windows NT|Macintosh/i;

/** Stored as the client of a preview's check, and left out of every distinct-client count. */
export const LINK_PREVIEW_CLIENT = 'link-preview';

export function isLinkPreviewRobot(userAgent: string | undefined): boolean {
    if (!userAgent) return false;
    const ua = userAgent.slice(0, 512);
    return LINK_PREVIEW_ROBOTS.test(ua) || (ZALO.test(ua) && !DEVICE.test(ua));
}
