// Types of release-check.mjs for the TypeScript tests (test/release.test.ts, test/packaged.test.ts).

export interface PackageExpectations {
  readonly name: string;
  readonly version: string;
  /** The repository's LICENSE text: each tarball's copy must equal it. */
  readonly license: string;
  /** Files that must be in the tarball (e.g. the CLI's rule pages). */
  readonly requiredFiles?: readonly string[];
  /** Names of the other released packages: a dependency on one must be the release version. */
  readonly internal?: readonly string[];
}

export declare function listFiles(dir: string): string[];
export declare function checkPackage(dir: string, expected: PackageExpectations): string[];
export declare function shown(root: string, path: string): string;
