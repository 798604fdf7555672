/**
 * The one door from the core's main entry to the online checks: a dynamic import, so that an offline
 * run loads neither this entry nor the AWS SDK. Re-exported from the core's index.
 */
export function loadOnlineChecks(): Promise<typeof import('./aws/index.js')> {
  return import('./aws/index.js');
}
