/**
 * The small interfaces the online checks talk to. The SDK-backed implementations (sdk.ts) are created
 * on demand; tests inject their own or mock the SDK clients. Every method is one AWS call, and every
 * step of a listing is one call (one page, the SDK's paginators), so that caps, deadlines and failure
 * reporting stay in one place (call.ts, listing.ts).
 */

/** A paginated listing: each step reads one page. The reader stops at its caps (listing.ts). */
export type Pages<T> = AsyncIterable<T[]>;

export interface OidcProviderInfo {
  /** As IAM returns it (with or without `https://`). */
  url: string;
  clientIds: string[];
  thumbprints: string[];
  createDate?: Date;
}

export interface RoleSummary {
  arn: string;
  roleName: string;
  path?: string;
  /** As IAM returns it: URL-encoded (RFC 3986). Absent when IAM omitted it. */
  assumeRolePolicyDocument?: string;
  createDate?: Date;
}

export interface UserSummary {
  arn: string;
  userName: string;
  createDate?: Date;
}

export interface AccessKeyInfo {
  accessKeyId: string;
  /** `Active` or `Inactive`. */
  status: string;
  createDate?: Date;
  userName?: string;
}

export interface AccessKeyLastUse {
  /** Undefined when the key was never used (since tracking began, 2015-04-22). */
  lastUsedDate?: Date;
  /** `N/A` when never used. */
  serviceName?: string;
  region?: string;
}

/** The read-only IAM calls of `aws scan`. */
export interface IamPort {
  listOpenIdConnectProviders(): Promise<string[]>;
  getOpenIdConnectProvider(arn: string): Promise<OidcProviderInfo>;
  listRoles(): Pages<RoleSummary>;
  listUsers(): Pages<UserSummary>;
  listAccessKeys(userName: string): Pages<AccessKeyInfo>;
  getAccessKeyLastUsed(accessKeyId: string): Promise<AccessKeyLastUse>;
}

/** Access Analyzer's PathElement: exactly one member is set. */
export interface AaPathElement {
  index?: number;
  key?: string;
  value?: string;
  substring?: { start: number; length: number };
}

/** Access Analyzer's Position: line 1-based, column 0-based; `offset` is never used (its unit is undocumented). */
export interface AaPosition {
  line: number;
  column: number;
  offset?: number;
}

export interface AaLocation {
  path: AaPathElement[];
  span?: { start: AaPosition; end: AaPosition };
}

/** `ERROR`, `SECURITY_WARNING`, `SUGGESTION` or `WARNING` (kept open: AWS may add types). */
export type AaFindingType = string;

export interface AaValidateFinding {
  findingType: AaFindingType;
  issueCode: string;
  findingDetails: string;
  learnMoreLink?: string;
  locations: AaLocation[];
}

export interface AaPublicAccessResult {
  /** `PASS` or `FAIL`. */
  result: string;
  message?: string;
  reasons: { description?: string; statementIndex?: number; statementId?: string }[];
}

/** The Access Analyzer calls of the online checks. */
export interface AccessAnalyzerPort {
  /** The pages of ValidatePolicy (RESOURCE_POLICY, AWS::IAM::AssumeRolePolicyDocument). */
  validatePolicy(policyDocument: string): Pages<AaValidateFinding>;
  /** CheckNoPublicAccess (AWS::IAM::AssumeRolePolicyDocument): a charged custom policy check. */
  checkNoPublicAccess(policyDocument: string): Promise<AaPublicAccessResult>;
}

/** One account of `organizations:ListAccounts` (its e-mail address is not kept: reports travel). */
export interface OrganizationAccount {
  id: string;
  name: string;
  arn?: string;
  /**
   * `State` (ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED, PENDING_ACTIVATION), else the older
   * `Status`, which AWS retires on 2026-09-09 (the SDK model's note on `Account.Status`).
   */
  state: string;
}

/** The Organizations call of `aws scan --organization` (management or delegated administrator account). */
export interface OrganizationsPort {
  listAccounts(): Pages<OrganizationAccount>;
}

/** Temporary credentials of an assumed role. */
export interface RoleCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** STS AssumeRole into each member account; one client for the whole organization scan. */
export interface StsPort {
  /** `policy`: an inline session policy (the session can do at most what it allows). */
  assumeRole(roleArn: string, sessionName: string, policy?: string): Promise<RoleCredentials>;
}

/** How to reach AWS: the AWS CLI's settings plus timeouts. Unset values follow the SDK's defaults. */
export interface AwsSettings {
  region?: string;
  profile?: string;
  /** Any AWS-compatible endpoint (every client uses it). */
  endpoint?: string;
  /** Static credentials; else the SDK's standard credential chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Assume this role (STS AssumeRole) before any other call. */
  roleArn?: string;
  /** Time to establish a connection (default 5 s). */
  connectionTimeoutMs?: number;
  /** Time one attempt may take, response body included (default 30 s; 10 s of silence end it sooner). */
  requestTimeoutMs?: number;
}
