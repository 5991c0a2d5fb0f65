// Puppeteer must not download its own browser: there is no route to its host on the
// machines this runs on. oic-report finds Debian's Chromium at run time (src/io/browser.ts).
module.exports = { skipDownload: true };
