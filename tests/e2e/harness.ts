// The end-to-end harness in one import: fixture server, browser with the extension, its pages, screenshots.
export { startFixtureServer, type FixtureServer } from './fixture-server';
export { launchExtension, type ExtensionSession } from './launch-extension';
export { openPopupFor, openOptions, type PopupSession } from './extension-pages';
export { screenshot } from './screenshot';
export { readSamplePage, type SamplePage } from './sample-pages';
export { watchDialogs, type DialogRecord } from './dialog-watch';
export { waitForPreview, saveWithNote } from './popup-flow';
export * from './paths';
export { useFreshBrowserPerTest, type TestSession } from './fresh-browser';
