import { isLinkPreviewRobot } from './link-preview-robots';

describe('link-preview robots (not clients for the SUSPICIOUS rule)', () => {
    it.each([
        'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
        'TelegramBot (like TwitterBot)',
        'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
        'Twitterbot/1.0',
        'WhatsApp/2.23.20.0 A',
        'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5',
        'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
        'ZaloBot/1.0',
        'Zalo',
    ])('%s is a robot', ua => expect(isLinkPreviewRobot(ua)).toBe(true));

    it.each([
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/473',
        'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/440.0;]',
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
        undefined,
    ])('%s is a person', ua => expect(isLinkPreviewRobot(ua)).toBe(false));
});
