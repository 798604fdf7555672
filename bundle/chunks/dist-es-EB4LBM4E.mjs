import { createRequire as __trustlintCreateRequire } from 'node:module'; const require = __trustlintCreateRequire(import.meta.url);
import {
  defaultProvider
} from "./chunk-4XKH5EPY.mjs";
import {
  AwsRestJsonProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-57FUHBIE.mjs";
import {
  Sha256Node
} from "./chunk-WCLOOFSN.mjs";
import {
  NodeHttpHandler
} from "./chunk-XG22BY3O.mjs";
import "./chunk-CXJL6MA3.mjs";
import {
  BinaryDecisionDiagram,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  createPaginator,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion as emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getUserAgentPlugin,
  resolveAwsRegionExtensionConfiguration,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveUserAgentConfig
} from "./chunk-M7OXIQF2.mjs";
import {
  Client,
  Command,
  DEFAULT_RETRY_MODE,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  createAggregatedClient,
  emitWarningIfUnsupportedVersion,
  getDefaultExtensionConfiguration,
  getRetryPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveDefaultRuntimeConfig,
  resolveRetryConfig
} from "./chunk-AW35DQJJ.mjs";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveRegionConfig
} from "./chunk-YRBS4AS3.mjs";
import {
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  resolveHttpHandlerRuntimeConfig
} from "./chunk-6Q4DRXP5.mjs";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-MTHRA6ME.mjs";
import {
  init_define_TRUSTLINT_PACKAGE
} from "./chunk-DAIUEL45.mjs";

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/index.js
init_define_TRUSTLINT_PACKAGE();

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/AccessAnalyzerClient.js
init_define_TRUSTLINT_PACKAGE();

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/auth/httpAuthSchemeProvider.js
init_define_TRUSTLINT_PACKAGE();
var defaultAccessAnalyzerHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "access-analyzer",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultAccessAnalyzerHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/endpoint/EndpointParameters.js
init_define_TRUSTLINT_PACKAGE();
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "access-analyzer"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/runtimeConfig.js
init_define_TRUSTLINT_PACKAGE();

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/package.json
var package_default = {
  name: "@aws-sdk/client-accessanalyzer",
  description: "AWS SDK for JavaScript Accessanalyzer Client for Node.js, Browser and React Native",
  version: "3.1080.0",
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:index": "tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"
  },
  main: "./dist-cjs/index.js",
  types: "./dist-types/index.d.ts",
  module: "./dist-es/index.js",
  sideEffects: false,
  dependencies: {
    "@aws-sdk/core": "^3.974.28",
    "@aws-sdk/credential-provider-node": "^3.972.63",
    "@aws-sdk/types": "^3.973.15",
    "@smithy/core": "^3.29.0",
    "@smithy/fetch-http-handler": "^5.6.2",
    "@smithy/node-http-handler": "^4.9.2",
    "@smithy/types": "^4.15.1",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~5.8.3"
  },
  engines: {
    node: ">=20.0.0"
  },
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  files: [
    "dist-*/**"
  ],
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  license: "Apache-2.0",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-accessanalyzer",
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-accessanalyzer"
  }
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/runtimeConfig.shared.js
init_define_TRUSTLINT_PACKAGE();

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/endpoint/endpointResolver.js
init_define_TRUSTLINT_PACKAGE();

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/endpoint/bdd.js
init_define_TRUSTLINT_PACKAGE();
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://access-analyzer-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://access-analyzer.{Region}.amazonaws.com", i],
    ["https://access-analyzer-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://access-analyzer.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://access-analyzer.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  13,
  3,
  1,
  4,
  r + 12,
  2,
  5,
  r + 12,
  3,
  8,
  6,
  4,
  7,
  r + 11,
  5,
  r + 9,
  r + 10,
  4,
  11,
  9,
  6,
  10,
  r + 8,
  7,
  r + 6,
  r + 7,
  5,
  12,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  14,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/schemas/schemas_0.js
init_define_TRUSTLINT_PACKAGE();

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/models/AccessAnalyzerServiceException.js
init_define_TRUSTLINT_PACKAGE();
var AccessAnalyzerServiceException = class _AccessAnalyzerServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _AccessAnalyzerServiceException.prototype);
  }
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/models/errors.js
init_define_TRUSTLINT_PACKAGE();
var AccessDeniedException = class _AccessDeniedException extends AccessAnalyzerServiceException {
  name = "AccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
  }
};
var ConflictException = class _ConflictException extends AccessAnalyzerServiceException {
  name = "ConflictException";
  $fault = "client";
  resourceId;
  resourceType;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.resourceId = opts.resourceId;
    this.resourceType = opts.resourceType;
  }
};
var InternalServerException = class _InternalServerException extends AccessAnalyzerServiceException {
  name = "InternalServerException";
  $fault = "server";
  $retryable = {};
  retryAfterSeconds;
  constructor(opts) {
    super({
      name: "InternalServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServerException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends AccessAnalyzerServiceException {
  name = "ResourceNotFoundException";
  $fault = "client";
  resourceId;
  resourceType;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.resourceId = opts.resourceId;
    this.resourceType = opts.resourceType;
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends AccessAnalyzerServiceException {
  name = "ServiceQuotaExceededException";
  $fault = "client";
  resourceId;
  resourceType;
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
    this.resourceId = opts.resourceId;
    this.resourceType = opts.resourceType;
  }
};
var ThrottlingException = class _ThrottlingException extends AccessAnalyzerServiceException {
  name = "ThrottlingException";
  $fault = "client";
  $retryable = {
    throttling: true
  };
  retryAfterSeconds;
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
};
var ValidationException = class _ValidationException extends AccessAnalyzerServiceException {
  name = "ValidationException";
  $fault = "client";
  reason;
  fieldList;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.reason = opts.reason;
    this.fieldList = opts.fieldList;
  }
};
var InvalidParameterException = class _InvalidParameterException extends AccessAnalyzerServiceException {
  name = "InvalidParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
  }
};
var UnprocessableEntityException = class _UnprocessableEntityException extends AccessAnalyzerServiceException {
  name = "UnprocessableEntityException";
  $fault = "client";
  $retryable = {};
  constructor(opts) {
    super({
      name: "UnprocessableEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnprocessableEntityException.prototype);
  }
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/schemas/schemas_0.js
var _A = "Access";
var _AA = "AccountAggregations";
var _AAR = "ApplyArchiveRule";
var _AARR = "ApplyArchiveRuleRequest";
var _AC = "AnalyzerConfiguration";
var _ACPD = "AccessCheckPolicyDocument";
var _ADE = "AccessDeniedException";
var _AG = "AclGrantee";
var _AL = "AccessList";
var _ALn = "AnalyzersList";
var _AP = "AccessPreview";
var _APF = "AccessPreviewFinding";
var _APFL = "AccessPreviewFindingsList";
var _APL = "AccessPreviewsList";
var _APS = "AccessPreviewSummary";
var _APSR = "AccessPreviewStatusReason";
var _AR = "AnalysisRule";
var _ARC = "AnalysisRuleCriteria";
var _ARCL = "AnalysisRuleCriteriaList";
var _ARL = "AnalyzedResourcesList";
var _ARLr = "ArchiveRulesList";
var _ARS = "AnalyzedResourceSummary";
var _ARSr = "ArchiveRuleSummary";
var _ARn = "AnalyzedResource";
var _AS = "AnalyzerSummary";
var _C = "Criterion";
var _CA = "CreateAnalyzer";
var _CANG = "CheckAccessNotGranted";
var _CANGR = "CheckAccessNotGrantedRequest";
var _CANGRh = "CheckAccessNotGrantedResponse";
var _CAP = "CreateAccessPreview";
var _CAPR = "CreateAccessPreviewRequest";
var _CAPRr = "CreateAccessPreviewResponse";
var _CAR = "CreateAnalyzerRequest";
var _CARR = "CreateArchiveRuleRequest";
var _CARr = "CreateAnalyzerResponse";
var _CARre = "CreateArchiveRule";
var _CE = "ConflictException";
var _CM = "ConfigurationsMap";
var _CNNA = "CheckNoNewAccess";
var _CNNAR = "CheckNoNewAccessRequest";
var _CNNARh = "CheckNoNewAccessResponse";
var _CNPA = "CheckNoPublicAccess";
var _CNPAR = "CheckNoPublicAccessRequest";
var _CNPARh = "CheckNoPublicAccessResponse";
var _CPG = "CancelPolicyGeneration";
var _CPGR = "CancelPolicyGenerationRequest";
var _CPGRa = "CancelPolicyGenerationResponse";
var _CSLA = "CreateServiceLinkedAnalyzer";
var _CSLAR = "CreateServiceLinkedAnalyzerRequest";
var _CSLARr = "CreateServiceLinkedAnalyzerResponse";
var _CTD = "CloudTrailDetails";
var _CTP = "CloudTrailProperties";
var _Co = "Configuration";
var _DA = "DeleteAnalyzer";
var _DAR = "DeleteAnalyzerRequest";
var _DARR = "DeleteArchiveRuleRequest";
var _DARe = "DeleteArchiveRule";
var _DSC = "DynamodbStreamConfiguration";
var _DSLA = "DeleteServiceLinkedAnalyzer";
var _DSLAR = "DeleteServiceLinkedAnalyzerRequest";
var _DTC = "DynamodbTableConfiguration";
var _EAD = "ExternalAccessDetails";
var _EAFS = "ExternalAccessFindingsStatistics";
var _EFSC = "EfsFileSystemConfiguration";
var _ERC = "EcrRepositoryConfiguration";
var _ESC = "EbsSnapshotConfiguration";
var _F = "Finding";
var _FAAD = "FindingAggregationAccountDetails";
var _FCM = "FilterCriteriaMap";
var _FD = "FindingDetails";
var _FDL = "FindingDetailsList";
var _FL = "FindingsList";
var _FLV = "FindingsListV2";
var _FS = "FindingSource";
var _FSD = "FindingSourceDetail";
var _FSL = "FindingSourceList";
var _FSLi = "FindingsStatisticsList";
var _FSV = "FindingSummaryV2";
var _FSi = "FindingSummary";
var _FSin = "FindingsStatistics";
var _GA = "GetAnalyzer";
var _GAP = "GetAccessPreview";
var _GAPR = "GetAccessPreviewRequest";
var _GAPRe = "GetAccessPreviewResponse";
var _GAR = "GetAnalyzerRequest";
var _GARR = "GetAnalyzedResourceRequest";
var _GARRe = "GetAnalyzedResourceResponse";
var _GARRet = "GetArchiveRuleRequest";
var _GARRetr = "GetArchiveRuleResponse";
var _GARe = "GetAnalyzerResponse";
var _GARet = "GetAnalyzedResource";
var _GARetr = "GetArchiveRule";
var _GF = "GetFinding";
var _GFR = "GetFindingRequest";
var _GFRR = "GenerateFindingRecommendationRequest";
var _GFRRe = "GetFindingRecommendationRequest";
var _GFRRet = "GetFindingRecommendationResponse";
var _GFRe = "GetFindingResponse";
var _GFRen = "GenerateFindingRecommendation";
var _GFRet = "GetFindingRecommendation";
var _GFS = "GetFindingsStatistics";
var _GFSR = "GetFindingsStatisticsRequest";
var _GFSRe = "GetFindingsStatisticsResponse";
var _GFV = "GetFindingV2";
var _GFVR = "GetFindingV2Request";
var _GFVRe = "GetFindingV2Response";
var _GGP = "GetGeneratedPolicy";
var _GGPR = "GetGeneratedPolicyRequest";
var _GGPRe = "GetGeneratedPolicyResponse";
var _GP = "GeneratedPolicy";
var _GPL = "GeneratedPolicyList";
var _GPP = "GeneratedPolicyProperties";
var _GPR = "GeneratedPolicyResult";
var _IAAR = "InternalAccessAnalysisRule";
var _IAARC = "InternalAccessAnalysisRuleCriteria";
var _IAARCL = "InternalAccessAnalysisRuleCriteriaList";
var _IAC = "InternalAccessConfiguration";
var _IAD = "InternalAccessDetails";
var _IAFS = "InternalAccessFindingsStatistics";
var _IAR = "InlineArchiveRule";
var _IARL = "InlineArchiveRulesList";
var _IARTD = "InternalAccessResourceTypeDetails";
var _IARTSM = "InternalAccessResourceTypeStatisticsMap";
var _IC = "InternetConfiguration";
var _IPE = "InvalidParameterException";
var _IRC = "IamRoleConfiguration";
var _ISE = "InternalServerException";
var _JD = "JobDetails";
var _JE = "JobError";
var _KGC = "KmsGrantConfiguration";
var _KGCL = "KmsGrantConfigurationsList";
var _KGCm = "KmsGrantConstraints";
var _KKC = "KmsKeyConfiguration";
var _L = "Location";
var _LA = "ListAnalyzers";
var _LAP = "ListAccessPreviews";
var _LAPF = "ListAccessPreviewFindings";
var _LAPFR = "ListAccessPreviewFindingsRequest";
var _LAPFRi = "ListAccessPreviewFindingsResponse";
var _LAPR = "ListAccessPreviewsRequest";
var _LAPRi = "ListAccessPreviewsResponse";
var _LAR = "ListAnalyzersRequest";
var _LARR = "ListAnalyzedResourcesRequest";
var _LARRi = "ListAnalyzedResourcesResponse";
var _LARRis = "ListArchiveRulesRequest";
var _LARRist = "ListArchiveRulesResponse";
var _LARi = "ListAnalyzersResponse";
var _LARis = "ListAnalyzedResources";
var _LARist = "ListArchiveRules";
var _LF = "ListFindings";
var _LFR = "ListFindingsRequest";
var _LFRi = "ListFindingsResponse";
var _LFV = "ListFindingsV2";
var _LFVR = "ListFindingsV2Request";
var _LFVRi = "ListFindingsV2Response";
var _LL = "LocationList";
var _LPG = "ListPolicyGenerations";
var _LPGR = "ListPolicyGenerationsRequest";
var _LPGRi = "ListPolicyGenerationsResponse";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResponse";
var _NOC = "NetworkOriginConfiguration";
var _P = "Position";
var _PE = "PathElement";
var _PEL = "PathElementList";
var _PG = "PolicyGeneration";
var _PGD = "PolicyGenerationDetails";
var _PGL = "PolicyGenerationList";
var _RA = "Retry-After";
var _RDCSAM = "RdsDbClusterSnapshotAttributesMap";
var _RDCSAV = "RdsDbClusterSnapshotAttributeValue";
var _RDCSC = "RdsDbClusterSnapshotConfiguration";
var _RDSAM = "RdsDbSnapshotAttributesMap";
var _RDSAV = "RdsDbSnapshotAttributeValue";
var _RDSC = "RdsDbSnapshotConfiguration";
var _RE = "RecommendationError";
var _RNFE = "ResourceNotFoundException";
var _RS = "ReasonSummary";
var _RSL = "ReasonSummaryList";
var _RSLe = "RecommendedStepList";
var _RSe = "RecommendedStep";
var _RTD = "ResourceTypeDetails";
var _RTSM = "ResourceTypeStatisticsMap";
var _S = "Span";
var _SAPC = "S3AccessPointConfiguration";
var _SAPCM = "S3AccessPointConfigurationsMap";
var _SBAGC = "S3BucketAclGrantConfiguration";
var _SBAGCL = "S3BucketAclGrantConfigurationsList";
var _SBC = "S3BucketConfiguration";
var _SC = "SortCriteria";
var _SEDAPC = "S3ExpressDirectoryAccessPointConfiguration";
var _SEDAPCM = "S3ExpressDirectoryAccessPointConfigurationsMap";
var _SEDBC = "S3ExpressDirectoryBucketConfiguration";
var _SMSC = "SecretsManagerSecretConfiguration";
var _SPABC = "S3PublicAccessBlockConfiguration";
var _SPG = "StartPolicyGeneration";
var _SPGR = "StartPolicyGenerationRequest";
var _SPGRt = "StartPolicyGenerationResponse";
var _SQC = "SqsQueueConfiguration";
var _SQEE = "ServiceQuotaExceededException";
var _SR = "StatusReason";
var _SRS = "StartResourceScan";
var _SRSR = "StartResourceScanRequest";
var _STC = "SnsTopicConfiguration";
var _Su = "Substring";
var _T = "Trail";
var _TE = "ThrottlingException";
var _TL = "TagsList";
var _TLr = "TrailList";
var _TP = "TrailProperties";
var _TPL = "TrailPropertiesList";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _UA = "UnusedAction";
var _UAC = "UnusedAccessConfiguration";
var _UAFS = "UnusedAccessFindingsStatistics";
var _UAL = "UnusedActionList";
var _UAR = "UpdateAnalyzerRequest";
var _UARR = "UpdateArchiveRuleRequest";
var _UARp = "UpdateAnalyzerResponse";
var _UARpd = "UpdateArchiveRule";
var _UATS = "UnusedAccessTypeStatistics";
var _UATSL = "UnusedAccessTypeStatisticsList";
var _UAp = "UpdateAnalyzer";
var _UEE = "UnprocessableEntityException";
var _UF = "UpdateFindings";
var _UFR = "UpdateFindingsRequest";
var _UIRD = "UnusedIamRoleDetails";
var _UIUAKD = "UnusedIamUserAccessKeyDetails";
var _UIUPD = "UnusedIamUserPasswordDetails";
var _UPD = "UnusedPermissionDetails";
var _UPRS = "UnusedPermissionsRecommendedStep";
var _UR = "UntagResource";
var _URR = "UntagResourceRequest";
var _URRn = "UntagResourceResponse";
var _VC = "VpcConfiguration";
var _VE = "ValidationException";
var _VEF = "ValidationExceptionField";
var _VEFL = "ValidationExceptionFieldList";
var _VP = "ValidatePolicy";
var _VPF = "ValidatePolicyFinding";
var _VPFL = "ValidatePolicyFindingList";
var _VPR = "ValidatePolicyRequest";
var _VPRa = "ValidatePolicyResponse";
var _a = "actions";
var _aA = "analyzerArn";
var _aAn = "analyzedAt";
var _aI = "accountIds";
var _aKI = "accessKeyId";
var _aN = "analyzerName";
var _aNt = "attributeName";
var _aP = "accessPreview";
var _aPA = "accessPointArn";
var _aPAc = "accessPointAccount";
var _aPI = "accessPreviewId";
var _aPP = "accessPointPolicy";
var _aPc = "accessPreviews";
var _aPcc = "accessPoints";
var _aR = "accessRole";
var _aRl = "allRegions";
var _aRn = "analysisRule";
var _aRna = "analyzedResources";
var _aRr = "archiveRules";
var _aRrc = "archiveRule";
var _aT = "accessType";
var _ac = "action";
var _acc = "access";
var _acco = "account";
var _an = "analyzer";
var _ana = "analyzers";
var _ar = "arn";
var _at = "attributes";
var _bAG = "bucketAclGrants";
var _bP = "bucketPolicy";
var _bPAB = "bucketPublicAccessBlock";
var _c = "client";
var _cA = "createdAt";
var _cAo = "completedAt";
var _cO = "completedOn";
var _cT = "changeType";
var _cTA = "cloudTrailArn";
var _cTD = "cloudTrailDetails";
var _cTP = "cloudTrailProperties";
var _cTl = "clientToken";
var _co = "configurations";
var _cod = "code";
var _col = "column";
var _con = "condition";
var _conf = "configuration";
var _cons = "constraints";
var _cont = "contains";
var _d = "details";
var _dS = "dynamodbStream";
var _dT = "dynamodbTable";
var _de = "detail";
var _des = "description";
var _e = "error";
var _eAD = "externalAccessDetails";
var _eAFS = "externalAccessFindingsStatistics";
var _eCE = "encryptionContextEquals";
var _eCS = "encryptionContextSubset";
var _eFI = "existingFindingId";
var _eFS = "existingFindingStatus";
var _eFSf = "efsFileSystem";
var _ePD = "existingPolicyDocument";
var _ePI = "existingPolicyId";
var _eR = "ecrRepository";
var _eS = "ebsSnapshot";
var _eT = "endTime";
var _en = "end";
var _eq = "eq";
var _ex = "exclusions";
var _exi = "exists";
var _f = "filter";
var _fD = "findingDetails";
var _fL = "fieldList";
var _fS = "findingsStatistics";
var _fSP = "fileSystemPolicy";
var _fT = "findingType";
var _fi = "finding";
var _fin = "findings";
var _g = "groups";
var _gP = "generatedPolicies";
var _gPR = "generatedPolicyResult";
var _gPr = "granteePrincipal";
var _gr = "grants";
var _gra = "grantee";
var _h = "http";
var _hE = "httpError";
var _hH = "httpHeader";
var _hQ = "httpQuery";
var _i = "id";
var _iA = "issuingAccount";
var _iAD = "internalAccessDetails";
var _iAFS = "internalAccessFindingsStatistics";
var _iAn = "internalAccess";
var _iC = "isComplete";
var _iCn = "internetConfiguration";
var _iCs = "issueCode";
var _iP = "isPublic";
var _iPA = "ignorePublicAcls";
var _iR = "iamRole";
var _iRP = "includeResourcePlaceholders";
var _iSLT = "includeServiceLevelTemplate";
var _iT = "idempotencyToken";
var _id = "ids";
var _in = "inclusions";
var _ind = "index";
var _jD = "jobDetails";
var _jE = "jobError";
var _jI = "jobId";
var _k = "key";
var _kK = "kmsKey";
var _kKI = "kmsKeyId";
var _kP = "keyPolicies";
var _l = "line";
var _lA = "lastAccessed";
var _lML = "learnMoreLink";
var _lRA = "lastResourceAnalyzed";
var _lRAA = "lastResourceAnalyzedAt";
var _lUA = "lastUpdatedAt";
var _le = "length";
var _lo = "locations";
var _loc = "locale";
var _m = "message";
var _mB = "managedBy";
var _mR = "maxResults";
var _n = "name";
var _nO = "networkOrigin";
var _nOAF = "numberOfActiveFindings";
var _nPD = "newPolicyDocument";
var _nT = "nextToken";
var _ne = "neq";
var _o = "operations";
var _oB = "orderBy";
var _of = "offset";
var _p = "principal";
var _pA = "principalArn";
var _pAB = "publicAccessBlock";
var _pD = "policyDocument";
var _pG = "policyGenerations";
var _pGD = "policyGenerationDetails";
var _pOA = "principalOwnerAccount";
var _pT = "policyType";
var _pTr = "principalType";
var _pUA = "policyUpdatedAt";
var _pa = "path";
var _pe = "permission";
var _po = "policy";
var _pr = "properties";
var _qP = "queuePolicy";
var _r = "reason";
var _rA = "resourceArn";
var _rAS = "retryAfterSeconds";
var _rAe = "resourceArns";
var _rAec = "recommendedAction";
var _rCPR = "resourceControlPolicyRestriction";
var _rDCS = "rdsDbClusterSnapshot";
var _rDS = "rdsDbSnapshot";
var _rI = "resourceId";
var _rN = "ruleName";
var _rOA = "resourceOwnerAccount";
var _rP = "repositoryPolicy";
var _rPB = "restrictPublicBuckets";
var _rPe = "retiringPrincipal";
var _rPec = "recommendedPolicy";
var _rS = "recommendedSteps";
var _rT = "resourceType";
var _rTS = "resourceTypeStatistics";
var _rTe = "resourceTags";
var _rTec = "recommendationType";
var _rTes = "resourceTypes";
var _re = "resources";
var _rea = "reasons";
var _reg = "regions";
var _res = "resource";
var _resu = "result";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.accessanalyzer";
var _sA = "startedAt";
var _sB = "s3Bucket";
var _sCPR = "serviceControlPolicyRestriction";
var _sEDB = "s3ExpressDirectoryBucket";
var _sI = "statementIndex";
var _sIt = "statementId";
var _sMS = "secretsManagerSecret";
var _sN = "serviceNamespace";
var _sO = "startedOn";
var _sP = "streamPolicy";
var _sPe = "secretPolicy";
var _sQ = "sqsQueue";
var _sR = "statusReason";
var _sT = "startTime";
var _sTn = "snsTopic";
var _sV = "sharedVia";
var _se = "server";
var _so = "sources";
var _sor = "sort";
var _sp = "span";
var _st = "status";
var _sta = "start";
var _su = "substring";
var _t = "type";
var _tA = "topAccounts";
var _tACA = "totalActiveCrossAccount";
var _tAE = "totalActiveErrors";
var _tAF = "totalActiveFindings";
var _tAFo = "totalArchivedFindings";
var _tAP = "totalActivePublic";
var _tK = "tagKeys";
var _tP = "trailProperties";
var _tPa = "tablePolicy";
var _tPo = "topicPolicy";
var _tPr = "trustPolicy";
var _tRF = "totalResolvedFindings";
var _ta = "tags";
var _to = "total";
var _tr = "trails";
var _u = "uri";
var _uA = "updatedAt";
var _uAA = "unusedAccessAge";
var _uAFS = "unusedAccessFindingsStatistics";
var _uAT = "unusedAccessType";
var _uATS = "unusedAccessTypeStatistics";
var _uAn = "unusedAccess";
var _uI = "userIds";
var _uIRD = "unusedIamRoleDetails";
var _uIUAKD = "unusedIamUserAccessKeyDetails";
var _uIUPD = "unusedIamUserPasswordDetails";
var _uPD = "unusedPermissionDetails";
var _uPRS = "unusedPermissionsRecommendedStep";
var _v = "value";
var _vC = "vpcConfiguration";
var _vI = "vpcId";
var _vPRT = "validatePolicyResourceType";
var n0 = "com.amazonaws.accessanalyzer";
var _s_registry = TypeRegistry.for(_s);
var AccessAnalyzerServiceException$ = [-3, _s, "AccessAnalyzerServiceException", 0, [], []];
_s_registry.registerError(AccessAnalyzerServiceException$, AccessAnalyzerServiceException);
var n0_registry = TypeRegistry.for(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { [_e]: _c, [_hE]: 403 },
  [_m],
  [0],
  1
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c, [_hE]: 409 },
  [_m, _rI, _rT],
  [0, 0, 0],
  3
];
n0_registry.registerError(ConflictException$, ConflictException);
var InternalServerException$ = [
  -3,
  n0,
  _ISE,
  { [_e]: _se, [_hE]: 500 },
  [_m, _rAS],
  [0, [1, { [_hH]: _RA }]],
  1
];
n0_registry.registerError(InternalServerException$, InternalServerException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0],
  1
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_e]: _c, [_hE]: 404 },
  [_m, _rI, _rT],
  [0, 0, 0],
  3
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { [_e]: _c, [_hE]: 402 },
  [_m, _rI, _rT],
  [0, 0, 0],
  3
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { [_e]: _c, [_hE]: 429 },
  [_m, _rAS],
  [0, [1, { [_hH]: _RA }]],
  1
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var UnprocessableEntityException$ = [
  -3,
  n0,
  _UEE,
  { [_e]: _c, [_hE]: 422 },
  [_m],
  [0],
  1
];
n0_registry.registerError(UnprocessableEntityException$, UnprocessableEntityException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { [_e]: _c, [_hE]: 400 },
  [_m, _r, _fL],
  [0, 0, () => ValidationExceptionFieldList],
  2
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccessCheckPolicyDocument = [0, n0, _ACPD, 8, 0];
var Access$ = [
  3,
  n0,
  _A,
  0,
  [_a, _re],
  [64 | 0, 64 | 0]
];
var AccessPreview$ = [
  3,
  n0,
  _AP,
  0,
  [_i, _aA, _co, _cA, _st, _sR],
  [0, 0, () => ConfigurationsMap, 5, 0, () => AccessPreviewStatusReason$],
  5
];
var AccessPreviewFinding$ = [
  3,
  n0,
  _APF,
  0,
  [_i, _rT, _cA, _cT, _st, _rOA, _eFI, _eFS, _p, _ac, _con, _res, _iP, _e, _so, _rCPR],
  [0, 0, 5, 0, 0, 0, 0, 0, 128 | 0, 64 | 0, 128 | 0, 0, 2, 0, () => FindingSourceList, 0],
  6
];
var AccessPreviewStatusReason$ = [
  3,
  n0,
  _APSR,
  0,
  [_cod],
  [0],
  1
];
var AccessPreviewSummary$ = [
  3,
  n0,
  _APS,
  0,
  [_i, _aA, _cA, _st, _sR],
  [0, 0, 5, 0, () => AccessPreviewStatusReason$],
  4
];
var AnalysisRule$ = [
  3,
  n0,
  _AR,
  0,
  [_ex],
  [() => AnalysisRuleCriteriaList]
];
var AnalysisRuleCriteria$ = [
  3,
  n0,
  _ARC,
  0,
  [_aI, _rTe],
  [64 | 0, [1, n0, _TL, 0, 128 | 0]]
];
var AnalyzedResource$ = [
  3,
  n0,
  _ARn,
  0,
  [_rA, _rT, _cA, _aAn, _uA, _iP, _rOA, _a, _sV, _st, _e],
  [0, 0, 5, 5, 5, 2, 0, 64 | 0, 64 | 0, 0, 0],
  7
];
var AnalyzedResourceSummary$ = [
  3,
  n0,
  _ARS,
  0,
  [_rA, _rOA, _rT],
  [0, 0, 0],
  3
];
var AnalyzerSummary$ = [
  3,
  n0,
  _AS,
  0,
  [_ar, _n, _t, _cA, _st, _lRA, _lRAA, _ta, _sR, _conf, _mB],
  [0, 0, 0, 5, 0, 0, 5, 128 | 0, () => StatusReason$, () => AnalyzerConfiguration$, 0],
  5
];
var ApplyArchiveRuleRequest$ = [
  3,
  n0,
  _AARR,
  0,
  [_aA, _rN, _cTl],
  [0, 0, [0, 4]],
  2
];
var ArchiveRuleSummary$ = [
  3,
  n0,
  _ARSr,
  0,
  [_rN, _f, _cA, _uA],
  [0, () => FilterCriteriaMap, 5, 5],
  4
];
var CancelPolicyGenerationRequest$ = [
  3,
  n0,
  _CPGR,
  0,
  [_jI],
  [[0, 1]],
  1
];
var CancelPolicyGenerationResponse$ = [
  3,
  n0,
  _CPGRa,
  0,
  [],
  []
];
var CheckAccessNotGrantedRequest$ = [
  3,
  n0,
  _CANGR,
  0,
  [_pD, _acc, _pT],
  [[() => AccessCheckPolicyDocument, 0], () => AccessList, 0],
  3
];
var CheckAccessNotGrantedResponse$ = [
  3,
  n0,
  _CANGRh,
  0,
  [_resu, _m, _rea],
  [0, 0, () => ReasonSummaryList]
];
var CheckNoNewAccessRequest$ = [
  3,
  n0,
  _CNNAR,
  0,
  [_nPD, _ePD, _pT],
  [[() => AccessCheckPolicyDocument, 0], [() => AccessCheckPolicyDocument, 0], 0],
  3
];
var CheckNoNewAccessResponse$ = [
  3,
  n0,
  _CNNARh,
  0,
  [_resu, _m, _rea],
  [0, 0, () => ReasonSummaryList]
];
var CheckNoPublicAccessRequest$ = [
  3,
  n0,
  _CNPAR,
  0,
  [_pD, _rT],
  [[() => AccessCheckPolicyDocument, 0], 0],
  2
];
var CheckNoPublicAccessResponse$ = [
  3,
  n0,
  _CNPARh,
  0,
  [_resu, _m, _rea],
  [0, 0, () => ReasonSummaryList]
];
var CloudTrailDetails$ = [
  3,
  n0,
  _CTD,
  0,
  [_tr, _aR, _sT, _eT],
  [() => TrailList, 0, 5, 5],
  3
];
var CloudTrailProperties$ = [
  3,
  n0,
  _CTP,
  0,
  [_tP, _sT, _eT],
  [() => TrailPropertiesList, 5, 5],
  3
];
var CreateAccessPreviewRequest$ = [
  3,
  n0,
  _CAPR,
  0,
  [_aA, _co, _cTl],
  [0, () => ConfigurationsMap, [0, 4]],
  2
];
var CreateAccessPreviewResponse$ = [
  3,
  n0,
  _CAPRr,
  0,
  [_i],
  [0],
  1
];
var CreateAnalyzerRequest$ = [
  3,
  n0,
  _CAR,
  0,
  [_aN, _t, _aRr, _ta, _cTl, _conf],
  [0, 0, () => InlineArchiveRulesList, 128 | 0, [0, 4], () => AnalyzerConfiguration$],
  2
];
var CreateAnalyzerResponse$ = [
  3,
  n0,
  _CARr,
  0,
  [_ar],
  [0]
];
var CreateArchiveRuleRequest$ = [
  3,
  n0,
  _CARR,
  0,
  [_aN, _rN, _f, _cTl],
  [[0, 1], 0, () => FilterCriteriaMap, [0, 4]],
  3
];
var CreateServiceLinkedAnalyzerRequest$ = [
  3,
  n0,
  _CSLAR,
  0,
  [_t, _aRr, _cTl, _conf],
  [0, () => InlineArchiveRulesList, [0, 4], () => AnalyzerConfiguration$],
  1
];
var CreateServiceLinkedAnalyzerResponse$ = [
  3,
  n0,
  _CSLARr,
  0,
  [_ar],
  [0]
];
var Criterion$ = [
  3,
  n0,
  _C,
  0,
  [_eq, _ne, _cont, _exi],
  [64 | 0, 64 | 0, 64 | 0, 2]
];
var DeleteAnalyzerRequest$ = [
  3,
  n0,
  _DAR,
  0,
  [_aN, _cTl],
  [[0, 1], [0, { [_hQ]: _cTl, [_iT]: 1 }]],
  1
];
var DeleteArchiveRuleRequest$ = [
  3,
  n0,
  _DARR,
  0,
  [_aN, _rN, _cTl],
  [[0, 1], [0, 1], [0, { [_hQ]: _cTl, [_iT]: 1 }]],
  2
];
var DeleteServiceLinkedAnalyzerRequest$ = [
  3,
  n0,
  _DSLAR,
  0,
  [_aN, _cTl],
  [[0, 1], [0, { [_hQ]: _cTl, [_iT]: 1 }]],
  1
];
var DynamodbStreamConfiguration$ = [
  3,
  n0,
  _DSC,
  0,
  [_sP],
  [0]
];
var DynamodbTableConfiguration$ = [
  3,
  n0,
  _DTC,
  0,
  [_tPa],
  [0]
];
var EbsSnapshotConfiguration$ = [
  3,
  n0,
  _ESC,
  0,
  [_uI, _g, _kKI],
  [64 | 0, 64 | 0, 0]
];
var EcrRepositoryConfiguration$ = [
  3,
  n0,
  _ERC,
  0,
  [_rP],
  [0]
];
var EfsFileSystemConfiguration$ = [
  3,
  n0,
  _EFSC,
  0,
  [_fSP],
  [0]
];
var ExternalAccessDetails$ = [
  3,
  n0,
  _EAD,
  0,
  [_con, _ac, _iP, _p, _so, _rCPR],
  [128 | 0, 64 | 0, 2, 128 | 0, () => FindingSourceList, 0],
  1
];
var ExternalAccessFindingsStatistics$ = [
  3,
  n0,
  _EAFS,
  0,
  [_rTS, _tAF, _tAFo, _tRF],
  [() => ResourceTypeStatisticsMap, 1, 1, 1]
];
var Finding$ = [
  3,
  n0,
  _F,
  0,
  [_i, _rT, _con, _cA, _aAn, _uA, _st, _rOA, _p, _ac, _res, _iP, _e, _so, _rCPR],
  [0, 0, 128 | 0, 5, 5, 5, 0, 0, 128 | 0, 64 | 0, 0, 2, 0, () => FindingSourceList, 0],
  8
];
var FindingAggregationAccountDetails$ = [
  3,
  n0,
  _FAAD,
  0,
  [_acco, _nOAF, _d],
  [0, 1, 128 | 1]
];
var FindingSource$ = [
  3,
  n0,
  _FS,
  0,
  [_t, _de],
  [0, () => FindingSourceDetail$],
  1
];
var FindingSourceDetail$ = [
  3,
  n0,
  _FSD,
  0,
  [_aPA, _aPAc],
  [0, 0]
];
var FindingSummary$ = [
  3,
  n0,
  _FSi,
  0,
  [_i, _rT, _con, _cA, _aAn, _uA, _st, _rOA, _p, _ac, _res, _iP, _e, _so, _rCPR],
  [0, 0, 128 | 0, 5, 5, 5, 0, 0, 128 | 0, 64 | 0, 0, 2, 0, () => FindingSourceList, 0],
  8
];
var FindingSummaryV2$ = [
  3,
  n0,
  _FSV,
  0,
  [_aAn, _cA, _i, _rT, _rOA, _st, _uA, _e, _res, _fT],
  [5, 5, 0, 0, 0, 0, 5, 0, 0, 0],
  7
];
var GeneratedPolicy$ = [
  3,
  n0,
  _GP,
  0,
  [_po],
  [0],
  1
];
var GeneratedPolicyProperties$ = [
  3,
  n0,
  _GPP,
  0,
  [_pA, _iC, _cTP],
  [0, 2, () => CloudTrailProperties$],
  1
];
var GeneratedPolicyResult$ = [
  3,
  n0,
  _GPR,
  0,
  [_pr, _gP],
  [() => GeneratedPolicyProperties$, () => GeneratedPolicyList],
  1
];
var GenerateFindingRecommendationRequest$ = [
  3,
  n0,
  _GFRR,
  0,
  [_aA, _i],
  [[0, { [_hQ]: _aA }], [0, 1]],
  2
];
var GetAccessPreviewRequest$ = [
  3,
  n0,
  _GAPR,
  0,
  [_aPI, _aA],
  [[0, 1], [0, { [_hQ]: _aA }]],
  2
];
var GetAccessPreviewResponse$ = [
  3,
  n0,
  _GAPRe,
  0,
  [_aP],
  [() => AccessPreview$],
  1
];
var GetAnalyzedResourceRequest$ = [
  3,
  n0,
  _GARR,
  0,
  [_aA, _rA],
  [[0, { [_hQ]: _aA }], [0, { [_hQ]: _rA }]],
  2
];
var GetAnalyzedResourceResponse$ = [
  3,
  n0,
  _GARRe,
  0,
  [_res],
  [() => AnalyzedResource$]
];
var GetAnalyzerRequest$ = [
  3,
  n0,
  _GAR,
  0,
  [_aN],
  [[0, 1]],
  1
];
var GetAnalyzerResponse$ = [
  3,
  n0,
  _GARe,
  0,
  [_an],
  [() => AnalyzerSummary$],
  1
];
var GetArchiveRuleRequest$ = [
  3,
  n0,
  _GARRet,
  0,
  [_aN, _rN],
  [[0, 1], [0, 1]],
  2
];
var GetArchiveRuleResponse$ = [
  3,
  n0,
  _GARRetr,
  0,
  [_aRrc],
  [() => ArchiveRuleSummary$],
  1
];
var GetFindingRecommendationRequest$ = [
  3,
  n0,
  _GFRRe,
  0,
  [_aA, _i, _mR, _nT],
  [[0, { [_hQ]: _aA }], [0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  2
];
var GetFindingRecommendationResponse$ = [
  3,
  n0,
  _GFRRet,
  0,
  [_sA, _rA, _rTec, _st, _cAo, _nT, _e, _rS],
  [5, 0, 0, 0, 5, 0, () => RecommendationError$, () => RecommendedStepList],
  4
];
var GetFindingRequest$ = [
  3,
  n0,
  _GFR,
  0,
  [_aA, _i],
  [[0, { [_hQ]: _aA }], [0, 1]],
  2
];
var GetFindingResponse$ = [
  3,
  n0,
  _GFRe,
  0,
  [_fi],
  [() => Finding$]
];
var GetFindingsStatisticsRequest$ = [
  3,
  n0,
  _GFSR,
  0,
  [_aA],
  [0],
  1
];
var GetFindingsStatisticsResponse$ = [
  3,
  n0,
  _GFSRe,
  0,
  [_fS, _lUA],
  [() => FindingsStatisticsList, 5]
];
var GetFindingV2Request$ = [
  3,
  n0,
  _GFVR,
  0,
  [_aA, _i, _mR, _nT],
  [[0, { [_hQ]: _aA }], [0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  2
];
var GetFindingV2Response$ = [
  3,
  n0,
  _GFVRe,
  0,
  [_aAn, _cA, _i, _rT, _rOA, _st, _uA, _fD, _e, _nT, _res, _fT],
  [5, 5, 0, 0, 0, 0, 5, () => FindingDetailsList, 0, 0, 0, 0],
  8
];
var GetGeneratedPolicyRequest$ = [
  3,
  n0,
  _GGPR,
  0,
  [_jI, _iRP, _iSLT],
  [[0, 1], [2, { [_hQ]: _iRP }], [2, { [_hQ]: _iSLT }]],
  1
];
var GetGeneratedPolicyResponse$ = [
  3,
  n0,
  _GGPRe,
  0,
  [_jD, _gPR],
  [() => JobDetails$, () => GeneratedPolicyResult$],
  2
];
var IamRoleConfiguration$ = [
  3,
  n0,
  _IRC,
  0,
  [_tPr],
  [0]
];
var InlineArchiveRule$ = [
  3,
  n0,
  _IAR,
  0,
  [_rN, _f],
  [0, () => FilterCriteriaMap],
  2
];
var InternalAccessAnalysisRule$ = [
  3,
  n0,
  _IAAR,
  0,
  [_in],
  [() => InternalAccessAnalysisRuleCriteriaList]
];
var InternalAccessAnalysisRuleCriteria$ = [
  3,
  n0,
  _IAARC,
  0,
  [_aI, _rTes, _rAe],
  [64 | 0, 64 | 0, 64 | 0]
];
var InternalAccessConfiguration$ = [
  3,
  n0,
  _IAC,
  0,
  [_aRn],
  [() => InternalAccessAnalysisRule$]
];
var InternalAccessDetails$ = [
  3,
  n0,
  _IAD,
  0,
  [_ac, _con, _p, _pOA, _aT, _pTr, _so, _rCPR, _sCPR],
  [64 | 0, 128 | 0, 128 | 0, 0, 0, 0, () => FindingSourceList, 0, 0]
];
var InternalAccessFindingsStatistics$ = [
  3,
  n0,
  _IAFS,
  0,
  [_rTS, _tAF, _tAFo, _tRF],
  [() => InternalAccessResourceTypeStatisticsMap, 1, 1, 1]
];
var InternalAccessResourceTypeDetails$ = [
  3,
  n0,
  _IARTD,
  0,
  [_tAF, _tRF, _tAFo],
  [1, 1, 1]
];
var InternetConfiguration$ = [
  3,
  n0,
  _IC,
  0,
  [],
  []
];
var JobDetails$ = [
  3,
  n0,
  _JD,
  0,
  [_jI, _st, _sO, _cO, _jE],
  [0, 0, 5, 5, () => JobError$],
  3
];
var JobError$ = [
  3,
  n0,
  _JE,
  0,
  [_cod, _m],
  [0, 0],
  2
];
var KmsGrantConfiguration$ = [
  3,
  n0,
  _KGC,
  0,
  [_o, _gPr, _iA, _rPe, _cons],
  [64 | 0, 0, 0, 0, () => KmsGrantConstraints$],
  3
];
var KmsGrantConstraints$ = [
  3,
  n0,
  _KGCm,
  0,
  [_eCE, _eCS],
  [128 | 0, 128 | 0]
];
var KmsKeyConfiguration$ = [
  3,
  n0,
  _KKC,
  0,
  [_kP, _gr],
  [128 | 0, () => KmsGrantConfigurationsList]
];
var ListAccessPreviewFindingsRequest$ = [
  3,
  n0,
  _LAPFR,
  0,
  [_aPI, _aA, _f, _nT, _mR],
  [[0, 1], 0, () => FilterCriteriaMap, 0, 1],
  2
];
var ListAccessPreviewFindingsResponse$ = [
  3,
  n0,
  _LAPFRi,
  0,
  [_fin, _nT],
  [() => AccessPreviewFindingsList, 0],
  1
];
var ListAccessPreviewsRequest$ = [
  3,
  n0,
  _LAPR,
  0,
  [_aA, _nT, _mR],
  [[0, { [_hQ]: _aA }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
  1
];
var ListAccessPreviewsResponse$ = [
  3,
  n0,
  _LAPRi,
  0,
  [_aPc, _nT],
  [() => AccessPreviewsList, 0],
  1
];
var ListAnalyzedResourcesRequest$ = [
  3,
  n0,
  _LARR,
  0,
  [_aA, _rT, _nT, _mR],
  [0, 0, 0, 1],
  1
];
var ListAnalyzedResourcesResponse$ = [
  3,
  n0,
  _LARRi,
  0,
  [_aRna, _nT],
  [() => AnalyzedResourcesList, 0],
  1
];
var ListAnalyzersRequest$ = [
  3,
  n0,
  _LAR,
  0,
  [_nT, _mR, _t],
  [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _t }]]
];
var ListAnalyzersResponse$ = [
  3,
  n0,
  _LARi,
  0,
  [_ana, _nT],
  [() => AnalyzersList, 0],
  1
];
var ListArchiveRulesRequest$ = [
  3,
  n0,
  _LARRis,
  0,
  [_aN, _nT, _mR],
  [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
  1
];
var ListArchiveRulesResponse$ = [
  3,
  n0,
  _LARRist,
  0,
  [_aRr, _nT],
  [() => ArchiveRulesList, 0],
  1
];
var ListFindingsRequest$ = [
  3,
  n0,
  _LFR,
  0,
  [_aA, _f, _sor, _nT, _mR],
  [0, () => FilterCriteriaMap, () => SortCriteria$, 0, 1],
  1
];
var ListFindingsResponse$ = [
  3,
  n0,
  _LFRi,
  0,
  [_fin, _nT],
  [() => FindingsList, 0],
  1
];
var ListFindingsV2Request$ = [
  3,
  n0,
  _LFVR,
  0,
  [_aA, _f, _mR, _nT, _sor],
  [0, () => FilterCriteriaMap, 1, 0, () => SortCriteria$],
  1
];
var ListFindingsV2Response$ = [
  3,
  n0,
  _LFVRi,
  0,
  [_fin, _nT],
  [() => FindingsListV2, 0],
  1
];
var ListPolicyGenerationsRequest$ = [
  3,
  n0,
  _LPGR,
  0,
  [_pA, _mR, _nT],
  [[0, { [_hQ]: _pA }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListPolicyGenerationsResponse$ = [
  3,
  n0,
  _LPGRi,
  0,
  [_pG, _nT],
  [() => PolicyGenerationList, 0],
  1
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_rA],
  [[0, 1]],
  1
];
var ListTagsForResourceResponse$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_ta],
  [128 | 0]
];
var Location$ = [
  3,
  n0,
  _L,
  0,
  [_pa, _sp],
  [() => PathElementList, () => Span$],
  2
];
var PolicyGeneration$ = [
  3,
  n0,
  _PG,
  0,
  [_jI, _pA, _st, _sO, _cO],
  [0, 0, 0, 5, 5],
  4
];
var PolicyGenerationDetails$ = [
  3,
  n0,
  _PGD,
  0,
  [_pA],
  [0],
  1
];
var Position$ = [
  3,
  n0,
  _P,
  0,
  [_l, _col, _of],
  [1, 1, 1],
  3
];
var RdsDbClusterSnapshotConfiguration$ = [
  3,
  n0,
  _RDCSC,
  0,
  [_at, _kKI],
  [() => RdsDbClusterSnapshotAttributesMap, 0]
];
var RdsDbSnapshotConfiguration$ = [
  3,
  n0,
  _RDSC,
  0,
  [_at, _kKI],
  [() => RdsDbSnapshotAttributesMap, 0]
];
var ReasonSummary$ = [
  3,
  n0,
  _RS,
  0,
  [_des, _sI, _sIt],
  [0, 1, 0]
];
var RecommendationError$ = [
  3,
  n0,
  _RE,
  0,
  [_cod, _m],
  [0, 0],
  2
];
var ResourceTypeDetails$ = [
  3,
  n0,
  _RTD,
  0,
  [_tAP, _tACA, _tAE],
  [1, 1, 1]
];
var S3AccessPointConfiguration$ = [
  3,
  n0,
  _SAPC,
  0,
  [_aPP, _pAB, _nO],
  [0, () => S3PublicAccessBlockConfiguration$, () => NetworkOriginConfiguration$]
];
var S3BucketAclGrantConfiguration$ = [
  3,
  n0,
  _SBAGC,
  0,
  [_pe, _gra],
  [0, () => AclGrantee$],
  2
];
var S3BucketConfiguration$ = [
  3,
  n0,
  _SBC,
  0,
  [_bP, _bAG, _bPAB, _aPcc],
  [0, () => S3BucketAclGrantConfigurationsList, () => S3PublicAccessBlockConfiguration$, () => S3AccessPointConfigurationsMap]
];
var S3ExpressDirectoryAccessPointConfiguration$ = [
  3,
  n0,
  _SEDAPC,
  0,
  [_aPP, _nO],
  [0, () => NetworkOriginConfiguration$]
];
var S3ExpressDirectoryBucketConfiguration$ = [
  3,
  n0,
  _SEDBC,
  0,
  [_bP, _aPcc],
  [0, () => S3ExpressDirectoryAccessPointConfigurationsMap]
];
var S3PublicAccessBlockConfiguration$ = [
  3,
  n0,
  _SPABC,
  0,
  [_iPA, _rPB],
  [2, 2],
  2
];
var SecretsManagerSecretConfiguration$ = [
  3,
  n0,
  _SMSC,
  0,
  [_kKI, _sPe],
  [0, 0]
];
var SnsTopicConfiguration$ = [
  3,
  n0,
  _STC,
  0,
  [_tPo],
  [0]
];
var SortCriteria$ = [
  3,
  n0,
  _SC,
  0,
  [_aNt, _oB],
  [0, 0]
];
var Span$ = [
  3,
  n0,
  _S,
  0,
  [_sta, _en],
  [() => Position$, () => Position$],
  2
];
var SqsQueueConfiguration$ = [
  3,
  n0,
  _SQC,
  0,
  [_qP],
  [0]
];
var StartPolicyGenerationRequest$ = [
  3,
  n0,
  _SPGR,
  0,
  [_pGD, _cTD, _cTl],
  [() => PolicyGenerationDetails$, () => CloudTrailDetails$, [0, 4]],
  1
];
var StartPolicyGenerationResponse$ = [
  3,
  n0,
  _SPGRt,
  0,
  [_jI],
  [0],
  1
];
var StartResourceScanRequest$ = [
  3,
  n0,
  _SRSR,
  0,
  [_aA, _rA, _rOA],
  [0, 0, 0],
  2
];
var StatusReason$ = [
  3,
  n0,
  _SR,
  0,
  [_cod],
  [0],
  1
];
var Substring$ = [
  3,
  n0,
  _Su,
  0,
  [_sta, _le],
  [1, 1],
  2
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_rA, _ta],
  [[0, 1], 128 | 0],
  2
];
var TagResourceResponse$ = [
  3,
  n0,
  _TRRa,
  0,
  [],
  []
];
var Trail$ = [
  3,
  n0,
  _T,
  0,
  [_cTA, _reg, _aRl],
  [0, 64 | 0, 2],
  1
];
var TrailProperties$ = [
  3,
  n0,
  _TP,
  0,
  [_cTA, _reg, _aRl],
  [0, 64 | 0, 2],
  1
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_rA, _tK],
  [[0, 1], [64 | 0, { [_hQ]: _tK }]],
  2
];
var UntagResourceResponse$ = [
  3,
  n0,
  _URRn,
  0,
  [],
  []
];
var UnusedAccessConfiguration$ = [
  3,
  n0,
  _UAC,
  0,
  [_uAA, _aRn],
  [1, () => AnalysisRule$]
];
var UnusedAccessFindingsStatistics$ = [
  3,
  n0,
  _UAFS,
  0,
  [_uATS, _tA, _tAF, _tAFo, _tRF],
  [() => UnusedAccessTypeStatisticsList, () => AccountAggregations, 1, 1, 1]
];
var UnusedAccessTypeStatistics$ = [
  3,
  n0,
  _UATS,
  0,
  [_uAT, _to],
  [0, 1]
];
var UnusedAction$ = [
  3,
  n0,
  _UA,
  0,
  [_ac, _lA],
  [0, 5],
  1
];
var UnusedIamRoleDetails$ = [
  3,
  n0,
  _UIRD,
  0,
  [_lA],
  [5]
];
var UnusedIamUserAccessKeyDetails$ = [
  3,
  n0,
  _UIUAKD,
  0,
  [_aKI, _lA],
  [0, 5],
  1
];
var UnusedIamUserPasswordDetails$ = [
  3,
  n0,
  _UIUPD,
  0,
  [_lA],
  [5]
];
var UnusedPermissionDetails$ = [
  3,
  n0,
  _UPD,
  0,
  [_sN, _a, _lA],
  [0, () => UnusedActionList, 5],
  1
];
var UnusedPermissionsRecommendedStep$ = [
  3,
  n0,
  _UPRS,
  0,
  [_rAec, _pUA, _rPec, _ePI],
  [0, 5, 0, 0],
  1
];
var UpdateAnalyzerRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_aN, _conf],
  [[0, 1], () => AnalyzerConfiguration$],
  1
];
var UpdateAnalyzerResponse$ = [
  3,
  n0,
  _UARp,
  0,
  [_conf],
  [() => AnalyzerConfiguration$]
];
var UpdateArchiveRuleRequest$ = [
  3,
  n0,
  _UARR,
  0,
  [_aN, _rN, _f, _cTl],
  [[0, 1], [0, 1], () => FilterCriteriaMap, [0, 4]],
  3
];
var UpdateFindingsRequest$ = [
  3,
  n0,
  _UFR,
  0,
  [_aA, _st, _id, _rA, _cTl],
  [0, 0, 64 | 0, 0, [0, 4]],
  2
];
var ValidatePolicyFinding$ = [
  3,
  n0,
  _VPF,
  0,
  [_fD, _fT, _iCs, _lML, _lo],
  [0, 0, 0, 0, () => LocationList],
  5
];
var ValidatePolicyRequest$ = [
  3,
  n0,
  _VPR,
  0,
  [_pD, _pT, _loc, _mR, _nT, _vPRT],
  [0, 0, 0, [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], 0],
  2
];
var ValidatePolicyResponse$ = [
  3,
  n0,
  _VPRa,
  0,
  [_fin, _nT],
  [() => ValidatePolicyFindingList, 0],
  1
];
var ValidationExceptionField$ = [
  3,
  n0,
  _VEF,
  0,
  [_n, _m],
  [0, 0],
  2
];
var VpcConfiguration$ = [
  3,
  n0,
  _VC,
  0,
  [_vI],
  [0],
  1
];
var __Unit = "unit";
var AccessList = [
  1,
  n0,
  _AL,
  0,
  () => Access$
];
var AccessPreviewFindingsList = [
  1,
  n0,
  _APFL,
  0,
  () => AccessPreviewFinding$
];
var AccessPreviewsList = [
  1,
  n0,
  _APL,
  0,
  () => AccessPreviewSummary$
];
var AccountAggregations = [
  1,
  n0,
  _AA,
  0,
  () => FindingAggregationAccountDetails$
];
var AccountIdsList = 64 | 0;
var ActionList = 64 | 0;
var ActionsList = 64 | 0;
var AnalysisRuleCriteriaList = [
  1,
  n0,
  _ARCL,
  0,
  () => AnalysisRuleCriteria$
];
var AnalyzedResourcesList = [
  1,
  n0,
  _ARL,
  0,
  () => AnalyzedResourceSummary$
];
var AnalyzersList = [
  1,
  n0,
  _ALn,
  0,
  () => AnalyzerSummary$
];
var ArchiveRulesList = [
  1,
  n0,
  _ARLr,
  0,
  () => ArchiveRuleSummary$
];
var EbsGroupList = 64 | 0;
var EbsUserIdList = 64 | 0;
var FindingDetailsList = [
  1,
  n0,
  _FDL,
  0,
  () => FindingDetails$
];
var FindingIdList = 64 | 0;
var FindingsList = [
  1,
  n0,
  _FL,
  0,
  () => FindingSummary$
];
var FindingsListV2 = [
  1,
  n0,
  _FLV,
  0,
  () => FindingSummaryV2$
];
var FindingSourceList = [
  1,
  n0,
  _FSL,
  0,
  () => FindingSource$
];
var FindingsStatisticsList = [
  1,
  n0,
  _FSLi,
  0,
  () => FindingsStatistics$
];
var GeneratedPolicyList = [
  1,
  n0,
  _GPL,
  0,
  () => GeneratedPolicy$
];
var InlineArchiveRulesList = [
  1,
  n0,
  _IARL,
  0,
  () => InlineArchiveRule$
];
var InternalAccessAnalysisRuleCriteriaList = [
  1,
  n0,
  _IAARCL,
  0,
  () => InternalAccessAnalysisRuleCriteria$
];
var KmsGrantConfigurationsList = [
  1,
  n0,
  _KGCL,
  0,
  () => KmsGrantConfiguration$
];
var KmsGrantOperationsList = 64 | 0;
var LocationList = [
  1,
  n0,
  _LL,
  0,
  () => Location$
];
var PathElementList = [
  1,
  n0,
  _PEL,
  0,
  () => PathElement$
];
var PolicyGenerationList = [
  1,
  n0,
  _PGL,
  0,
  () => PolicyGeneration$
];
var RdsDbClusterSnapshotAccountIdsList = 64 | 0;
var RdsDbSnapshotAccountIdsList = 64 | 0;
var ReasonSummaryList = [
  1,
  n0,
  _RSL,
  0,
  () => ReasonSummary$
];
var RecommendedStepList = [
  1,
  n0,
  _RSLe,
  0,
  () => RecommendedStep$
];
var RegionList = 64 | 0;
var ResourceArnsList = 64 | 0;
var ResourcesList = 64 | 0;
var ResourceTypeList = 64 | 0;
var S3BucketAclGrantConfigurationsList = [
  1,
  n0,
  _SBAGCL,
  0,
  () => S3BucketAclGrantConfiguration$
];
var SharedViaList = 64 | 0;
var TagKeys = 64 | 0;
var TagsList = [
  1,
  n0,
  _TL,
  0,
  128 | 0
];
var TrailList = [
  1,
  n0,
  _TLr,
  0,
  () => Trail$
];
var TrailPropertiesList = [
  1,
  n0,
  _TPL,
  0,
  () => TrailProperties$
];
var UnusedAccessTypeStatisticsList = [
  1,
  n0,
  _UATSL,
  0,
  () => UnusedAccessTypeStatistics$
];
var UnusedActionList = [
  1,
  n0,
  _UAL,
  0,
  () => UnusedAction$
];
var ValidatePolicyFindingList = [
  1,
  n0,
  _VPFL,
  0,
  () => ValidatePolicyFinding$
];
var ValidationExceptionFieldList = [
  1,
  n0,
  _VEFL,
  0,
  () => ValidationExceptionField$
];
var ValueList = 64 | 0;
var ConditionKeyMap = 128 | 0;
var ConfigurationsMap = [
  2,
  n0,
  _CM,
  0,
  0,
  () => Configuration$
];
var FilterCriteriaMap = [
  2,
  n0,
  _FCM,
  0,
  0,
  () => Criterion$
];
var FindingAggregationAccountDetailsMap = 128 | 1;
var InternalAccessResourceTypeStatisticsMap = [
  2,
  n0,
  _IARTSM,
  0,
  0,
  () => InternalAccessResourceTypeDetails$
];
var KmsConstraintsMap = 128 | 0;
var KmsKeyPoliciesMap = 128 | 0;
var PrincipalMap = 128 | 0;
var RdsDbClusterSnapshotAttributesMap = [
  2,
  n0,
  _RDCSAM,
  0,
  0,
  () => RdsDbClusterSnapshotAttributeValue$
];
var RdsDbSnapshotAttributesMap = [
  2,
  n0,
  _RDSAM,
  0,
  0,
  () => RdsDbSnapshotAttributeValue$
];
var ResourceTypeStatisticsMap = [
  2,
  n0,
  _RTSM,
  0,
  0,
  () => ResourceTypeDetails$
];
var S3AccessPointConfigurationsMap = [
  2,
  n0,
  _SAPCM,
  0,
  0,
  () => S3AccessPointConfiguration$
];
var S3ExpressDirectoryAccessPointConfigurationsMap = [
  2,
  n0,
  _SEDAPCM,
  0,
  0,
  () => S3ExpressDirectoryAccessPointConfiguration$
];
var TagsMap = 128 | 0;
var AclGrantee$ = [
  4,
  n0,
  _AG,
  0,
  [_i, _u],
  [0, 0]
];
var AnalyzerConfiguration$ = [
  4,
  n0,
  _AC,
  0,
  [_uAn, _iAn],
  [() => UnusedAccessConfiguration$, () => InternalAccessConfiguration$]
];
var Configuration$ = [
  4,
  n0,
  _Co,
  0,
  [_eS, _eR, _iR, _eFSf, _kK, _rDCS, _rDS, _sMS, _sB, _sTn, _sQ, _sEDB, _dS, _dT],
  [() => EbsSnapshotConfiguration$, () => EcrRepositoryConfiguration$, () => IamRoleConfiguration$, () => EfsFileSystemConfiguration$, () => KmsKeyConfiguration$, () => RdsDbClusterSnapshotConfiguration$, () => RdsDbSnapshotConfiguration$, () => SecretsManagerSecretConfiguration$, () => S3BucketConfiguration$, () => SnsTopicConfiguration$, () => SqsQueueConfiguration$, () => S3ExpressDirectoryBucketConfiguration$, () => DynamodbStreamConfiguration$, () => DynamodbTableConfiguration$]
];
var FindingDetails$ = [
  4,
  n0,
  _FD,
  0,
  [_iAD, _eAD, _uPD, _uIUAKD, _uIRD, _uIUPD],
  [() => InternalAccessDetails$, () => ExternalAccessDetails$, () => UnusedPermissionDetails$, () => UnusedIamUserAccessKeyDetails$, () => UnusedIamRoleDetails$, () => UnusedIamUserPasswordDetails$]
];
var FindingsStatistics$ = [
  4,
  n0,
  _FSin,
  0,
  [_eAFS, _iAFS, _uAFS],
  [() => ExternalAccessFindingsStatistics$, () => InternalAccessFindingsStatistics$, () => UnusedAccessFindingsStatistics$]
];
var NetworkOriginConfiguration$ = [
  4,
  n0,
  _NOC,
  0,
  [_vC, _iCn],
  [() => VpcConfiguration$, () => InternetConfiguration$]
];
var PathElement$ = [
  4,
  n0,
  _PE,
  0,
  [_ind, _k, _su, _v],
  [1, 0, () => Substring$, 0]
];
var RdsDbClusterSnapshotAttributeValue$ = [
  4,
  n0,
  _RDCSAV,
  0,
  [_aI],
  [64 | 0]
];
var RdsDbSnapshotAttributeValue$ = [
  4,
  n0,
  _RDSAV,
  0,
  [_aI],
  [64 | 0]
];
var RecommendedStep$ = [
  4,
  n0,
  _RSe,
  0,
  [_uPRS],
  [() => UnusedPermissionsRecommendedStep$]
];
var ApplyArchiveRule$ = [
  9,
  n0,
  _AAR,
  { [_h]: ["PUT", "/archive-rule", 200] },
  () => ApplyArchiveRuleRequest$,
  () => __Unit
];
var CancelPolicyGeneration$ = [
  9,
  n0,
  _CPG,
  { [_h]: ["PUT", "/policy/generation/{jobId}", 200] },
  () => CancelPolicyGenerationRequest$,
  () => CancelPolicyGenerationResponse$
];
var CheckAccessNotGranted$ = [
  9,
  n0,
  _CANG,
  { [_h]: ["POST", "/policy/check-access-not-granted", 200] },
  () => CheckAccessNotGrantedRequest$,
  () => CheckAccessNotGrantedResponse$
];
var CheckNoNewAccess$ = [
  9,
  n0,
  _CNNA,
  { [_h]: ["POST", "/policy/check-no-new-access", 200] },
  () => CheckNoNewAccessRequest$,
  () => CheckNoNewAccessResponse$
];
var CheckNoPublicAccess$ = [
  9,
  n0,
  _CNPA,
  { [_h]: ["POST", "/policy/check-no-public-access", 200] },
  () => CheckNoPublicAccessRequest$,
  () => CheckNoPublicAccessResponse$
];
var CreateAccessPreview$ = [
  9,
  n0,
  _CAP,
  { [_h]: ["PUT", "/access-preview", 200] },
  () => CreateAccessPreviewRequest$,
  () => CreateAccessPreviewResponse$
];
var CreateAnalyzer$ = [
  9,
  n0,
  _CA,
  { [_h]: ["PUT", "/analyzer", 200] },
  () => CreateAnalyzerRequest$,
  () => CreateAnalyzerResponse$
];
var CreateArchiveRule$ = [
  9,
  n0,
  _CARre,
  { [_h]: ["PUT", "/analyzer/{analyzerName}/archive-rule", 200] },
  () => CreateArchiveRuleRequest$,
  () => __Unit
];
var CreateServiceLinkedAnalyzer$ = [
  9,
  n0,
  _CSLA,
  { [_h]: ["PUT", "/service-linked-analyzer", 200] },
  () => CreateServiceLinkedAnalyzerRequest$,
  () => CreateServiceLinkedAnalyzerResponse$
];
var DeleteAnalyzer$ = [
  9,
  n0,
  _DA,
  { [_h]: ["DELETE", "/analyzer/{analyzerName}", 200] },
  () => DeleteAnalyzerRequest$,
  () => __Unit
];
var DeleteArchiveRule$ = [
  9,
  n0,
  _DARe,
  { [_h]: ["DELETE", "/analyzer/{analyzerName}/archive-rule/{ruleName}", 200] },
  () => DeleteArchiveRuleRequest$,
  () => __Unit
];
var DeleteServiceLinkedAnalyzer$ = [
  9,
  n0,
  _DSLA,
  { [_h]: ["DELETE", "/service-linked-analyzer/{analyzerName}", 200] },
  () => DeleteServiceLinkedAnalyzerRequest$,
  () => __Unit
];
var GenerateFindingRecommendation$ = [
  9,
  n0,
  _GFRen,
  { [_h]: ["POST", "/recommendation/{id}", 200] },
  () => GenerateFindingRecommendationRequest$,
  () => __Unit
];
var GetAccessPreview$ = [
  9,
  n0,
  _GAP,
  { [_h]: ["GET", "/access-preview/{accessPreviewId}", 200] },
  () => GetAccessPreviewRequest$,
  () => GetAccessPreviewResponse$
];
var GetAnalyzedResource$ = [
  9,
  n0,
  _GARet,
  { [_h]: ["GET", "/analyzed-resource", 200] },
  () => GetAnalyzedResourceRequest$,
  () => GetAnalyzedResourceResponse$
];
var GetAnalyzer$ = [
  9,
  n0,
  _GA,
  { [_h]: ["GET", "/analyzer/{analyzerName}", 200] },
  () => GetAnalyzerRequest$,
  () => GetAnalyzerResponse$
];
var GetArchiveRule$ = [
  9,
  n0,
  _GARetr,
  { [_h]: ["GET", "/analyzer/{analyzerName}/archive-rule/{ruleName}", 200] },
  () => GetArchiveRuleRequest$,
  () => GetArchiveRuleResponse$
];
var GetFinding$ = [
  9,
  n0,
  _GF,
  { [_h]: ["GET", "/finding/{id}", 200] },
  () => GetFindingRequest$,
  () => GetFindingResponse$
];
var GetFindingRecommendation$ = [
  9,
  n0,
  _GFRet,
  { [_h]: ["GET", "/recommendation/{id}", 200] },
  () => GetFindingRecommendationRequest$,
  () => GetFindingRecommendationResponse$
];
var GetFindingsStatistics$ = [
  9,
  n0,
  _GFS,
  { [_h]: ["POST", "/analyzer/findings/statistics", 200] },
  () => GetFindingsStatisticsRequest$,
  () => GetFindingsStatisticsResponse$
];
var GetFindingV2$ = [
  9,
  n0,
  _GFV,
  { [_h]: ["GET", "/findingv2/{id}", 200] },
  () => GetFindingV2Request$,
  () => GetFindingV2Response$
];
var GetGeneratedPolicy$ = [
  9,
  n0,
  _GGP,
  { [_h]: ["GET", "/policy/generation/{jobId}", 200] },
  () => GetGeneratedPolicyRequest$,
  () => GetGeneratedPolicyResponse$
];
var ListAccessPreviewFindings$ = [
  9,
  n0,
  _LAPF,
  { [_h]: ["POST", "/access-preview/{accessPreviewId}", 200] },
  () => ListAccessPreviewFindingsRequest$,
  () => ListAccessPreviewFindingsResponse$
];
var ListAccessPreviews$ = [
  9,
  n0,
  _LAP,
  { [_h]: ["GET", "/access-preview", 200] },
  () => ListAccessPreviewsRequest$,
  () => ListAccessPreviewsResponse$
];
var ListAnalyzedResources$ = [
  9,
  n0,
  _LARis,
  { [_h]: ["POST", "/analyzed-resource", 200] },
  () => ListAnalyzedResourcesRequest$,
  () => ListAnalyzedResourcesResponse$
];
var ListAnalyzers$ = [
  9,
  n0,
  _LA,
  { [_h]: ["GET", "/analyzer", 200] },
  () => ListAnalyzersRequest$,
  () => ListAnalyzersResponse$
];
var ListArchiveRules$ = [
  9,
  n0,
  _LARist,
  { [_h]: ["GET", "/analyzer/{analyzerName}/archive-rule", 200] },
  () => ListArchiveRulesRequest$,
  () => ListArchiveRulesResponse$
];
var ListFindings$ = [
  9,
  n0,
  _LF,
  { [_h]: ["POST", "/finding", 200] },
  () => ListFindingsRequest$,
  () => ListFindingsResponse$
];
var ListFindingsV2$ = [
  9,
  n0,
  _LFV,
  { [_h]: ["POST", "/findingv2", 200] },
  () => ListFindingsV2Request$,
  () => ListFindingsV2Response$
];
var ListPolicyGenerations$ = [
  9,
  n0,
  _LPG,
  { [_h]: ["GET", "/policy/generation", 200] },
  () => ListPolicyGenerationsRequest$,
  () => ListPolicyGenerationsResponse$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  { [_h]: ["GET", "/tags/{resourceArn}", 200] },
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$
];
var StartPolicyGeneration$ = [
  9,
  n0,
  _SPG,
  { [_h]: ["PUT", "/policy/generation", 200] },
  () => StartPolicyGenerationRequest$,
  () => StartPolicyGenerationResponse$
];
var StartResourceScan$ = [
  9,
  n0,
  _SRS,
  { [_h]: ["POST", "/resource/scan", 200] },
  () => StartResourceScanRequest$,
  () => __Unit
];
var TagResource$ = [
  9,
  n0,
  _TR,
  { [_h]: ["POST", "/tags/{resourceArn}", 200] },
  () => TagResourceRequest$,
  () => TagResourceResponse$
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  { [_h]: ["DELETE", "/tags/{resourceArn}", 200] },
  () => UntagResourceRequest$,
  () => UntagResourceResponse$
];
var UpdateAnalyzer$ = [
  9,
  n0,
  _UAp,
  { [_h]: ["PUT", "/analyzer/{analyzerName}", 200] },
  () => UpdateAnalyzerRequest$,
  () => UpdateAnalyzerResponse$
];
var UpdateArchiveRule$ = [
  9,
  n0,
  _UARpd,
  { [_h]: ["PUT", "/analyzer/{analyzerName}/archive-rule/{ruleName}", 200] },
  () => UpdateArchiveRuleRequest$,
  () => __Unit
];
var UpdateFindings$ = [
  9,
  n0,
  _UF,
  { [_h]: ["PUT", "/finding", 200] },
  () => UpdateFindingsRequest$,
  () => __Unit
];
var ValidatePolicy$ = [
  9,
  n0,
  _VP,
  { [_h]: ["POST", "/policy/validation", 200] },
  () => ValidatePolicyRequest$,
  () => ValidatePolicyResponse$
];

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2019-11-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultAccessAnalyzerHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.accessanalyzer",
      errorTypeRegistries,
      version: "2019-11-01",
      serviceTarget: "AccessAnalyzer"
    },
    serviceId: config?.serviceId ?? "AccessAnalyzer",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion2(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/runtimeExtensions.js
init_define_TRUSTLINT_PACKAGE();

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/auth/httpAuthExtensionConfiguration.js
init_define_TRUSTLINT_PACKAGE();
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/AccessAnalyzerClient.js
var AccessAnalyzerClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultAccessAnalyzerHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/AccessAnalyzer.js
init_define_TRUSTLINT_PACKAGE();

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ApplyArchiveRuleCommand.js
init_define_TRUSTLINT_PACKAGE();

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commandBuilder.js
init_define_TRUSTLINT_PACKAGE();
var command = makeBuilder(commonParams, "AccessAnalyzer", "AccessAnalyzerClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command2, cs, config, o) => [];

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ApplyArchiveRuleCommand.js
var ApplyArchiveRuleCommand = class extends command(_ep0, _mw0, "ApplyArchiveRule", ApplyArchiveRule$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/CancelPolicyGenerationCommand.js
init_define_TRUSTLINT_PACKAGE();
var CancelPolicyGenerationCommand = class extends command(_ep0, _mw0, "CancelPolicyGeneration", CancelPolicyGeneration$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/CheckAccessNotGrantedCommand.js
init_define_TRUSTLINT_PACKAGE();
var CheckAccessNotGrantedCommand = class extends command(_ep0, _mw0, "CheckAccessNotGranted", CheckAccessNotGranted$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/CheckNoNewAccessCommand.js
init_define_TRUSTLINT_PACKAGE();
var CheckNoNewAccessCommand = class extends command(_ep0, _mw0, "CheckNoNewAccess", CheckNoNewAccess$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/CheckNoPublicAccessCommand.js
init_define_TRUSTLINT_PACKAGE();
var CheckNoPublicAccessCommand = class extends command(_ep0, _mw0, "CheckNoPublicAccess", CheckNoPublicAccess$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/CreateAccessPreviewCommand.js
init_define_TRUSTLINT_PACKAGE();
var CreateAccessPreviewCommand = class extends command(_ep0, _mw0, "CreateAccessPreview", CreateAccessPreview$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/CreateAnalyzerCommand.js
init_define_TRUSTLINT_PACKAGE();
var CreateAnalyzerCommand = class extends command(_ep0, _mw0, "CreateAnalyzer", CreateAnalyzer$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/CreateArchiveRuleCommand.js
init_define_TRUSTLINT_PACKAGE();
var CreateArchiveRuleCommand = class extends command(_ep0, _mw0, "CreateArchiveRule", CreateArchiveRule$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/CreateServiceLinkedAnalyzerCommand.js
init_define_TRUSTLINT_PACKAGE();
var CreateServiceLinkedAnalyzerCommand = class extends command(_ep0, _mw0, "CreateServiceLinkedAnalyzer", CreateServiceLinkedAnalyzer$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/DeleteAnalyzerCommand.js
init_define_TRUSTLINT_PACKAGE();
var DeleteAnalyzerCommand = class extends command(_ep0, _mw0, "DeleteAnalyzer", DeleteAnalyzer$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/DeleteArchiveRuleCommand.js
init_define_TRUSTLINT_PACKAGE();
var DeleteArchiveRuleCommand = class extends command(_ep0, _mw0, "DeleteArchiveRule", DeleteArchiveRule$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/DeleteServiceLinkedAnalyzerCommand.js
init_define_TRUSTLINT_PACKAGE();
var DeleteServiceLinkedAnalyzerCommand = class extends command(_ep0, _mw0, "DeleteServiceLinkedAnalyzer", DeleteServiceLinkedAnalyzer$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/GenerateFindingRecommendationCommand.js
init_define_TRUSTLINT_PACKAGE();
var GenerateFindingRecommendationCommand = class extends command(_ep0, _mw0, "GenerateFindingRecommendation", GenerateFindingRecommendation$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/GetAccessPreviewCommand.js
init_define_TRUSTLINT_PACKAGE();
var GetAccessPreviewCommand = class extends command(_ep0, _mw0, "GetAccessPreview", GetAccessPreview$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/GetAnalyzedResourceCommand.js
init_define_TRUSTLINT_PACKAGE();
var GetAnalyzedResourceCommand = class extends command(_ep0, _mw0, "GetAnalyzedResource", GetAnalyzedResource$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/GetAnalyzerCommand.js
init_define_TRUSTLINT_PACKAGE();
var GetAnalyzerCommand = class extends command(_ep0, _mw0, "GetAnalyzer", GetAnalyzer$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/GetArchiveRuleCommand.js
init_define_TRUSTLINT_PACKAGE();
var GetArchiveRuleCommand = class extends command(_ep0, _mw0, "GetArchiveRule", GetArchiveRule$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/GetFindingCommand.js
init_define_TRUSTLINT_PACKAGE();
var GetFindingCommand = class extends command(_ep0, _mw0, "GetFinding", GetFinding$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/GetFindingRecommendationCommand.js
init_define_TRUSTLINT_PACKAGE();
var GetFindingRecommendationCommand = class extends command(_ep0, _mw0, "GetFindingRecommendation", GetFindingRecommendation$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/GetFindingsStatisticsCommand.js
init_define_TRUSTLINT_PACKAGE();
var GetFindingsStatisticsCommand = class extends command(_ep0, _mw0, "GetFindingsStatistics", GetFindingsStatistics$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/GetFindingV2Command.js
init_define_TRUSTLINT_PACKAGE();
var GetFindingV2Command = class extends command(_ep0, _mw0, "GetFindingV2", GetFindingV2$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/GetGeneratedPolicyCommand.js
init_define_TRUSTLINT_PACKAGE();
var GetGeneratedPolicyCommand = class extends command(_ep0, _mw0, "GetGeneratedPolicy", GetGeneratedPolicy$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ListAccessPreviewFindingsCommand.js
init_define_TRUSTLINT_PACKAGE();
var ListAccessPreviewFindingsCommand = class extends command(_ep0, _mw0, "ListAccessPreviewFindings", ListAccessPreviewFindings$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ListAccessPreviewsCommand.js
init_define_TRUSTLINT_PACKAGE();
var ListAccessPreviewsCommand = class extends command(_ep0, _mw0, "ListAccessPreviews", ListAccessPreviews$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ListAnalyzedResourcesCommand.js
init_define_TRUSTLINT_PACKAGE();
var ListAnalyzedResourcesCommand = class extends command(_ep0, _mw0, "ListAnalyzedResources", ListAnalyzedResources$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ListAnalyzersCommand.js
init_define_TRUSTLINT_PACKAGE();
var ListAnalyzersCommand = class extends command(_ep0, _mw0, "ListAnalyzers", ListAnalyzers$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ListArchiveRulesCommand.js
init_define_TRUSTLINT_PACKAGE();
var ListArchiveRulesCommand = class extends command(_ep0, _mw0, "ListArchiveRules", ListArchiveRules$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ListFindingsCommand.js
init_define_TRUSTLINT_PACKAGE();
var ListFindingsCommand = class extends command(_ep0, _mw0, "ListFindings", ListFindings$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ListFindingsV2Command.js
init_define_TRUSTLINT_PACKAGE();
var ListFindingsV2Command = class extends command(_ep0, _mw0, "ListFindingsV2", ListFindingsV2$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ListPolicyGenerationsCommand.js
init_define_TRUSTLINT_PACKAGE();
var ListPolicyGenerationsCommand = class extends command(_ep0, _mw0, "ListPolicyGenerations", ListPolicyGenerations$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ListTagsForResourceCommand.js
init_define_TRUSTLINT_PACKAGE();
var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/StartPolicyGenerationCommand.js
init_define_TRUSTLINT_PACKAGE();
var StartPolicyGenerationCommand = class extends command(_ep0, _mw0, "StartPolicyGeneration", StartPolicyGeneration$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/StartResourceScanCommand.js
init_define_TRUSTLINT_PACKAGE();
var StartResourceScanCommand = class extends command(_ep0, _mw0, "StartResourceScan", StartResourceScan$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/TagResourceCommand.js
init_define_TRUSTLINT_PACKAGE();
var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/UntagResourceCommand.js
init_define_TRUSTLINT_PACKAGE();
var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/UpdateAnalyzerCommand.js
init_define_TRUSTLINT_PACKAGE();
var UpdateAnalyzerCommand = class extends command(_ep0, _mw0, "UpdateAnalyzer", UpdateAnalyzer$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/UpdateArchiveRuleCommand.js
init_define_TRUSTLINT_PACKAGE();
var UpdateArchiveRuleCommand = class extends command(_ep0, _mw0, "UpdateArchiveRule", UpdateArchiveRule$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/UpdateFindingsCommand.js
init_define_TRUSTLINT_PACKAGE();
var UpdateFindingsCommand = class extends command(_ep0, _mw0, "UpdateFindings", UpdateFindings$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/commands/ValidatePolicyCommand.js
init_define_TRUSTLINT_PACKAGE();
var ValidatePolicyCommand = class extends command(_ep0, _mw0, "ValidatePolicy", ValidatePolicy$) {
};

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/GetFindingRecommendationPaginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateGetFindingRecommendation = createPaginator(AccessAnalyzerClient, GetFindingRecommendationCommand, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/GetFindingV2Paginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateGetFindingV2 = createPaginator(AccessAnalyzerClient, GetFindingV2Command, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/ListAccessPreviewFindingsPaginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateListAccessPreviewFindings = createPaginator(AccessAnalyzerClient, ListAccessPreviewFindingsCommand, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/ListAccessPreviewsPaginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateListAccessPreviews = createPaginator(AccessAnalyzerClient, ListAccessPreviewsCommand, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/ListAnalyzedResourcesPaginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateListAnalyzedResources = createPaginator(AccessAnalyzerClient, ListAnalyzedResourcesCommand, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/ListAnalyzersPaginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateListAnalyzers = createPaginator(AccessAnalyzerClient, ListAnalyzersCommand, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/ListArchiveRulesPaginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateListArchiveRules = createPaginator(AccessAnalyzerClient, ListArchiveRulesCommand, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/ListFindingsPaginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateListFindings = createPaginator(AccessAnalyzerClient, ListFindingsCommand, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/ListFindingsV2Paginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateListFindingsV2 = createPaginator(AccessAnalyzerClient, ListFindingsV2Command, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/ListPolicyGenerationsPaginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateListPolicyGenerations = createPaginator(AccessAnalyzerClient, ListPolicyGenerationsCommand, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/pagination/ValidatePolicyPaginator.js
init_define_TRUSTLINT_PACKAGE();
var paginateValidatePolicy = createPaginator(AccessAnalyzerClient, ValidatePolicyCommand, "nextToken", "nextToken", "maxResults");

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/AccessAnalyzer.js
var commands = {
  ApplyArchiveRuleCommand,
  CancelPolicyGenerationCommand,
  CheckAccessNotGrantedCommand,
  CheckNoNewAccessCommand,
  CheckNoPublicAccessCommand,
  CreateAccessPreviewCommand,
  CreateAnalyzerCommand,
  CreateArchiveRuleCommand,
  CreateServiceLinkedAnalyzerCommand,
  DeleteAnalyzerCommand,
  DeleteArchiveRuleCommand,
  DeleteServiceLinkedAnalyzerCommand,
  GenerateFindingRecommendationCommand,
  GetAccessPreviewCommand,
  GetAnalyzedResourceCommand,
  GetAnalyzerCommand,
  GetArchiveRuleCommand,
  GetFindingCommand,
  GetFindingRecommendationCommand,
  GetFindingsStatisticsCommand,
  GetFindingV2Command,
  GetGeneratedPolicyCommand,
  ListAccessPreviewFindingsCommand,
  ListAccessPreviewsCommand,
  ListAnalyzedResourcesCommand,
  ListAnalyzersCommand,
  ListArchiveRulesCommand,
  ListFindingsCommand,
  ListFindingsV2Command,
  ListPolicyGenerationsCommand,
  ListTagsForResourceCommand,
  StartPolicyGenerationCommand,
  StartResourceScanCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAnalyzerCommand,
  UpdateArchiveRuleCommand,
  UpdateFindingsCommand,
  ValidatePolicyCommand
};
var paginators = {
  paginateGetFindingRecommendation,
  paginateGetFindingV2,
  paginateListAccessPreviewFindings,
  paginateListAccessPreviews,
  paginateListAnalyzedResources,
  paginateListAnalyzers,
  paginateListArchiveRules,
  paginateListFindings,
  paginateListFindingsV2,
  paginateListPolicyGenerations,
  paginateValidatePolicy
};
var AccessAnalyzer = class extends AccessAnalyzerClient {
};
createAggregatedClient(commands, AccessAnalyzer, { paginators });

// node_modules/.pnpm/@aws-sdk+client-accessanalyzer@3.1080.0/node_modules/@aws-sdk/client-accessanalyzer/dist-es/models/enums.js
init_define_TRUSTLINT_PACKAGE();
var ValidationExceptionReason = {
  CANNOT_PARSE: "cannotParse",
  FIELD_VALIDATION_FAILED: "fieldValidationFailed",
  NOT_SUPPORTED: "notSupported",
  OTHER: "other",
  UNKNOWN_OPERATION: "unknownOperation"
};
var ResourceType = {
  AWS_DYNAMODB_STREAM: "AWS::DynamoDB::Stream",
  AWS_DYNAMODB_TABLE: "AWS::DynamoDB::Table",
  AWS_EC2_SNAPSHOT: "AWS::EC2::Snapshot",
  AWS_ECR_REPOSITORY: "AWS::ECR::Repository",
  AWS_EFS_FILESYSTEM: "AWS::EFS::FileSystem",
  AWS_IAM_ROLE: "AWS::IAM::Role",
  AWS_IAM_USER: "AWS::IAM::User",
  AWS_KMS_KEY: "AWS::KMS::Key",
  AWS_LAMBDA_FUNCTION: "AWS::Lambda::Function",
  AWS_LAMBDA_LAYERVERSION: "AWS::Lambda::LayerVersion",
  AWS_RDS_DBCLUSTERSNAPSHOT: "AWS::RDS::DBClusterSnapshot",
  AWS_RDS_DBSNAPSHOT: "AWS::RDS::DBSnapshot",
  AWS_S3EXPRESS_DIRECTORYBUCKET: "AWS::S3Express::DirectoryBucket",
  AWS_S3_BUCKET: "AWS::S3::Bucket",
  AWS_SECRETSMANAGER_SECRET: "AWS::SecretsManager::Secret",
  AWS_SNS_TOPIC: "AWS::SNS::Topic",
  AWS_SQS_QUEUE: "AWS::SQS::Queue"
};
var Type = {
  ACCOUNT: "ACCOUNT",
  ACCOUNT_INTERNAL_ACCESS: "ACCOUNT_INTERNAL_ACCESS",
  ACCOUNT_UNUSED_ACCESS: "ACCOUNT_UNUSED_ACCESS",
  ORGANIZATION: "ORGANIZATION",
  ORGANIZATION_INTERNAL_ACCESS: "ORGANIZATION_INTERNAL_ACCESS",
  ORGANIZATION_UNUSED_ACCESS: "ORGANIZATION_UNUSED_ACCESS"
};
var AnalyzerStatus = {
  ACTIVE: "ACTIVE",
  CREATING: "CREATING",
  DISABLED: "DISABLED",
  FAILED: "FAILED"
};
var ReasonCode = {
  AWS_SERVICE_ACCESS_DISABLED: "AWS_SERVICE_ACCESS_DISABLED",
  DELEGATED_ADMINISTRATOR_DEREGISTERED: "DELEGATED_ADMINISTRATOR_DEREGISTERED",
  ORGANIZATION_DELETED: "ORGANIZATION_DELETED",
  SERVICE_LINKED_ROLE_CREATION_FAILED: "SERVICE_LINKED_ROLE_CREATION_FAILED"
};
var AccessCheckPolicyType = {
  IDENTITY_POLICY: "IDENTITY_POLICY",
  RESOURCE_POLICY: "RESOURCE_POLICY"
};
var CheckAccessNotGrantedResult = {
  FAIL: "FAIL",
  PASS: "PASS"
};
var CheckNoNewAccessResult = {
  FAIL: "FAIL",
  PASS: "PASS"
};
var AccessCheckResourceType = {
  API_GATEWAY_REST_API: "AWS::ApiGateway::RestApi",
  BACKUP_VAULT: "AWS::Backup::BackupVault",
  CLOUDTRAIL_DASHBOARD: "AWS::CloudTrail::Dashboard",
  CLOUDTRAIL_EVENT_DATA_STORE: "AWS::CloudTrail::EventDataStore",
  CODE_ARTIFACT_DOMAIN: "AWS::CodeArtifact::Domain",
  DYNAMODB_STREAM: "AWS::DynamoDB::Stream",
  DYNAMODB_TABLE: "AWS::DynamoDB::Table",
  EFS_FILESYSTEM: "AWS::EFS::FileSystem",
  KINESIS_DATA_STREAM: "AWS::Kinesis::Stream",
  KINESIS_STREAM_CONSUMER: "AWS::Kinesis::StreamConsumer",
  KMS_KEY: "AWS::KMS::Key",
  LAMBDA_FUNCTION: "AWS::Lambda::Function",
  OPENSEARCHSERVICE_DOMAIN: "AWS::OpenSearchService::Domain",
  ROLE_TRUST: "AWS::IAM::AssumeRolePolicyDocument",
  S3EXPRESS_DIRECTORYBUCKET: "AWS::S3Express::DirectoryBucket",
  S3_ACCESS_POINT: "AWS::S3::AccessPoint",
  S3_BUCKET: "AWS::S3::Bucket",
  S3_EXPRESS_ACCESS_POINT: "AWS::S3Express::AccessPoint",
  S3_GLACIER: "AWS::S3::Glacier",
  S3_OUTPOSTS_ACCESS_POINT: "AWS::S3Outposts::AccessPoint",
  S3_OUTPOSTS_BUCKET: "AWS::S3Outposts::Bucket",
  S3_TABLE: "AWS::S3Tables::Table",
  S3_TABLE_BUCKET: "AWS::S3Tables::TableBucket",
  SECRETSMANAGER_SECRET: "AWS::SecretsManager::Secret",
  SNS_TOPIC: "AWS::SNS::Topic",
  SQS_QUEUE: "AWS::SQS::Queue"
};
var CheckNoPublicAccessResult = {
  FAIL: "FAIL",
  PASS: "PASS"
};
var KmsGrantOperation = {
  CREATE_GRANT: "CreateGrant",
  DECRYPT: "Decrypt",
  DESCRIBE_KEY: "DescribeKey",
  ENCRYPT: "Encrypt",
  GENERATE_DATA_KEY: "GenerateDataKey",
  GENERATE_DATA_KEY_PAIR: "GenerateDataKeyPair",
  GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT: "GenerateDataKeyPairWithoutPlaintext",
  GENERATE_DATA_KEY_WITHOUT_PLAINTEXT: "GenerateDataKeyWithoutPlaintext",
  GET_PUBLIC_KEY: "GetPublicKey",
  REENCRYPT_FROM: "ReEncryptFrom",
  REENCRYPT_TO: "ReEncryptTo",
  RETIRE_GRANT: "RetireGrant",
  SIGN: "Sign",
  VERIFY: "Verify"
};
var AclPermission = {
  FULL_CONTROL: "FULL_CONTROL",
  READ: "READ",
  READ_ACP: "READ_ACP",
  WRITE: "WRITE",
  WRITE_ACP: "WRITE_ACP"
};
var AccessPreviewStatus = {
  COMPLETED: "COMPLETED",
  CREATING: "CREATING",
  FAILED: "FAILED"
};
var AccessPreviewStatusReasonCode = {
  INTERNAL_ERROR: "INTERNAL_ERROR",
  INVALID_CONFIGURATION: "INVALID_CONFIGURATION"
};
var FindingStatus = {
  ACTIVE: "ACTIVE",
  ARCHIVED: "ARCHIVED",
  RESOLVED: "RESOLVED"
};
var ResourceControlPolicyRestriction = {
  APPLICABLE: "APPLICABLE",
  APPLIED: "APPLIED",
  FAILED_TO_EVALUATE_RCP: "FAILED_TO_EVALUATE_RCP",
  NOT_APPLICABLE: "NOT_APPLICABLE"
};
var FindingSourceType = {
  BUCKET_ACL: "BUCKET_ACL",
  POLICY: "POLICY",
  S3_ACCESS_POINT: "S3_ACCESS_POINT",
  S3_ACCESS_POINT_ACCOUNT: "S3_ACCESS_POINT_ACCOUNT"
};
var RecommendationType = {
  UNUSED_PERMISSION_RECOMMENDATION: "UnusedPermissionRecommendation"
};
var RecommendedRemediationAction = {
  CREATE_POLICY: "CREATE_POLICY",
  DETACH_POLICY: "DETACH_POLICY"
};
var Status = {
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS",
  SUCCEEDED: "SUCCEEDED"
};
var InternalAccessType = {
  INTRA_ACCOUNT: "INTRA_ACCOUNT",
  INTRA_ORG: "INTRA_ORG"
};
var PrincipalType = {
  IAM_ROLE: "IAM_ROLE",
  IAM_USER: "IAM_USER"
};
var ServiceControlPolicyRestriction = {
  APPLICABLE: "APPLICABLE",
  APPLIED: "APPLIED",
  FAILED_TO_EVALUATE_SCP: "FAILED_TO_EVALUATE_SCP",
  NOT_APPLICABLE: "NOT_APPLICABLE"
};
var FindingType = {
  EXTERNAL_ACCESS: "ExternalAccess",
  INTERNAL_ACCESS: "InternalAccess",
  UNUSED_IAM_ROLE: "UnusedIAMRole",
  UNUSED_IAM_USER_ACCESS_KEY: "UnusedIAMUserAccessKey",
  UNUSED_IAM_USER_PASSWORD: "UnusedIAMUserPassword",
  UNUSED_PERMISSION: "UnusedPermission"
};
var JobErrorCode = {
  AUTHORIZATION_ERROR: "AUTHORIZATION_ERROR",
  RESOURCE_NOT_FOUND_ERROR: "RESOURCE_NOT_FOUND_ERROR",
  SERVICE_ERROR: "SERVICE_ERROR",
  SERVICE_QUOTA_EXCEEDED_ERROR: "SERVICE_QUOTA_EXCEEDED_ERROR"
};
var JobStatus = {
  CANCELED: "CANCELED",
  FAILED: "FAILED",
  IN_PROGRESS: "IN_PROGRESS",
  SUCCEEDED: "SUCCEEDED"
};
var FindingChangeType = {
  CHANGED: "CHANGED",
  NEW: "NEW",
  UNCHANGED: "UNCHANGED"
};
var OrderBy = {
  ASC: "ASC",
  DESC: "DESC"
};
var FindingStatusUpdate = {
  ACTIVE: "ACTIVE",
  ARCHIVED: "ARCHIVED"
};
var Locale = {
  DE: "DE",
  EN: "EN",
  ES: "ES",
  FR: "FR",
  IT: "IT",
  JA: "JA",
  KO: "KO",
  PT_BR: "PT_BR",
  ZH_CN: "ZH_CN",
  ZH_TW: "ZH_TW"
};
var PolicyType = {
  IDENTITY_POLICY: "IDENTITY_POLICY",
  RESOURCE_CONTROL_POLICY: "RESOURCE_CONTROL_POLICY",
  RESOURCE_POLICY: "RESOURCE_POLICY",
  SERVICE_CONTROL_POLICY: "SERVICE_CONTROL_POLICY"
};
var ValidatePolicyResourceType = {
  DYNAMODB_TABLE: "AWS::DynamoDB::Table",
  ROLE_TRUST: "AWS::IAM::AssumeRolePolicyDocument",
  S3_ACCESS_POINT: "AWS::S3::AccessPoint",
  S3_BUCKET: "AWS::S3::Bucket",
  S3_MULTI_REGION_ACCESS_POINT: "AWS::S3::MultiRegionAccessPoint",
  S3_OBJECT_LAMBDA_ACCESS_POINT: "AWS::S3ObjectLambda::AccessPoint"
};
var ValidatePolicyFindingType = {
  ERROR: "ERROR",
  SECURITY_WARNING: "SECURITY_WARNING",
  SUGGESTION: "SUGGESTION",
  WARNING: "WARNING"
};
export {
  Command as $Command,
  Access$,
  AccessAnalyzer,
  AccessAnalyzerClient,
  AccessAnalyzerServiceException,
  AccessAnalyzerServiceException$,
  AccessCheckPolicyType,
  AccessCheckResourceType,
  AccessDeniedException,
  AccessDeniedException$,
  AccessPreview$,
  AccessPreviewFinding$,
  AccessPreviewStatus,
  AccessPreviewStatusReason$,
  AccessPreviewStatusReasonCode,
  AccessPreviewSummary$,
  AclGrantee$,
  AclPermission,
  AnalysisRule$,
  AnalysisRuleCriteria$,
  AnalyzedResource$,
  AnalyzedResourceSummary$,
  AnalyzerConfiguration$,
  AnalyzerStatus,
  AnalyzerSummary$,
  ApplyArchiveRule$,
  ApplyArchiveRuleCommand,
  ApplyArchiveRuleRequest$,
  ArchiveRuleSummary$,
  CancelPolicyGeneration$,
  CancelPolicyGenerationCommand,
  CancelPolicyGenerationRequest$,
  CancelPolicyGenerationResponse$,
  CheckAccessNotGranted$,
  CheckAccessNotGrantedCommand,
  CheckAccessNotGrantedRequest$,
  CheckAccessNotGrantedResponse$,
  CheckAccessNotGrantedResult,
  CheckNoNewAccess$,
  CheckNoNewAccessCommand,
  CheckNoNewAccessRequest$,
  CheckNoNewAccessResponse$,
  CheckNoNewAccessResult,
  CheckNoPublicAccess$,
  CheckNoPublicAccessCommand,
  CheckNoPublicAccessRequest$,
  CheckNoPublicAccessResponse$,
  CheckNoPublicAccessResult,
  CloudTrailDetails$,
  CloudTrailProperties$,
  Configuration$,
  ConflictException,
  ConflictException$,
  CreateAccessPreview$,
  CreateAccessPreviewCommand,
  CreateAccessPreviewRequest$,
  CreateAccessPreviewResponse$,
  CreateAnalyzer$,
  CreateAnalyzerCommand,
  CreateAnalyzerRequest$,
  CreateAnalyzerResponse$,
  CreateArchiveRule$,
  CreateArchiveRuleCommand,
  CreateArchiveRuleRequest$,
  CreateServiceLinkedAnalyzer$,
  CreateServiceLinkedAnalyzerCommand,
  CreateServiceLinkedAnalyzerRequest$,
  CreateServiceLinkedAnalyzerResponse$,
  Criterion$,
  DeleteAnalyzer$,
  DeleteAnalyzerCommand,
  DeleteAnalyzerRequest$,
  DeleteArchiveRule$,
  DeleteArchiveRuleCommand,
  DeleteArchiveRuleRequest$,
  DeleteServiceLinkedAnalyzer$,
  DeleteServiceLinkedAnalyzerCommand,
  DeleteServiceLinkedAnalyzerRequest$,
  DynamodbStreamConfiguration$,
  DynamodbTableConfiguration$,
  EbsSnapshotConfiguration$,
  EcrRepositoryConfiguration$,
  EfsFileSystemConfiguration$,
  ExternalAccessDetails$,
  ExternalAccessFindingsStatistics$,
  Finding$,
  FindingAggregationAccountDetails$,
  FindingChangeType,
  FindingDetails$,
  FindingSource$,
  FindingSourceDetail$,
  FindingSourceType,
  FindingStatus,
  FindingStatusUpdate,
  FindingSummary$,
  FindingSummaryV2$,
  FindingType,
  FindingsStatistics$,
  GenerateFindingRecommendation$,
  GenerateFindingRecommendationCommand,
  GenerateFindingRecommendationRequest$,
  GeneratedPolicy$,
  GeneratedPolicyProperties$,
  GeneratedPolicyResult$,
  GetAccessPreview$,
  GetAccessPreviewCommand,
  GetAccessPreviewRequest$,
  GetAccessPreviewResponse$,
  GetAnalyzedResource$,
  GetAnalyzedResourceCommand,
  GetAnalyzedResourceRequest$,
  GetAnalyzedResourceResponse$,
  GetAnalyzer$,
  GetAnalyzerCommand,
  GetAnalyzerRequest$,
  GetAnalyzerResponse$,
  GetArchiveRule$,
  GetArchiveRuleCommand,
  GetArchiveRuleRequest$,
  GetArchiveRuleResponse$,
  GetFinding$,
  GetFindingCommand,
  GetFindingRecommendation$,
  GetFindingRecommendationCommand,
  GetFindingRecommendationRequest$,
  GetFindingRecommendationResponse$,
  GetFindingRequest$,
  GetFindingResponse$,
  GetFindingV2$,
  GetFindingV2Command,
  GetFindingV2Request$,
  GetFindingV2Response$,
  GetFindingsStatistics$,
  GetFindingsStatisticsCommand,
  GetFindingsStatisticsRequest$,
  GetFindingsStatisticsResponse$,
  GetGeneratedPolicy$,
  GetGeneratedPolicyCommand,
  GetGeneratedPolicyRequest$,
  GetGeneratedPolicyResponse$,
  IamRoleConfiguration$,
  InlineArchiveRule$,
  InternalAccessAnalysisRule$,
  InternalAccessAnalysisRuleCriteria$,
  InternalAccessConfiguration$,
  InternalAccessDetails$,
  InternalAccessFindingsStatistics$,
  InternalAccessResourceTypeDetails$,
  InternalAccessType,
  InternalServerException,
  InternalServerException$,
  InternetConfiguration$,
  InvalidParameterException,
  InvalidParameterException$,
  JobDetails$,
  JobError$,
  JobErrorCode,
  JobStatus,
  KmsGrantConfiguration$,
  KmsGrantConstraints$,
  KmsGrantOperation,
  KmsKeyConfiguration$,
  ListAccessPreviewFindings$,
  ListAccessPreviewFindingsCommand,
  ListAccessPreviewFindingsRequest$,
  ListAccessPreviewFindingsResponse$,
  ListAccessPreviews$,
  ListAccessPreviewsCommand,
  ListAccessPreviewsRequest$,
  ListAccessPreviewsResponse$,
  ListAnalyzedResources$,
  ListAnalyzedResourcesCommand,
  ListAnalyzedResourcesRequest$,
  ListAnalyzedResourcesResponse$,
  ListAnalyzers$,
  ListAnalyzersCommand,
  ListAnalyzersRequest$,
  ListAnalyzersResponse$,
  ListArchiveRules$,
  ListArchiveRulesCommand,
  ListArchiveRulesRequest$,
  ListArchiveRulesResponse$,
  ListFindings$,
  ListFindingsCommand,
  ListFindingsRequest$,
  ListFindingsResponse$,
  ListFindingsV2$,
  ListFindingsV2Command,
  ListFindingsV2Request$,
  ListFindingsV2Response$,
  ListPolicyGenerations$,
  ListPolicyGenerationsCommand,
  ListPolicyGenerationsRequest$,
  ListPolicyGenerationsResponse$,
  ListTagsForResource$,
  ListTagsForResourceCommand,
  ListTagsForResourceRequest$,
  ListTagsForResourceResponse$,
  Locale,
  Location$,
  NetworkOriginConfiguration$,
  OrderBy,
  PathElement$,
  PolicyGeneration$,
  PolicyGenerationDetails$,
  PolicyType,
  Position$,
  PrincipalType,
  RdsDbClusterSnapshotAttributeValue$,
  RdsDbClusterSnapshotConfiguration$,
  RdsDbSnapshotAttributeValue$,
  RdsDbSnapshotConfiguration$,
  ReasonCode,
  ReasonSummary$,
  RecommendationError$,
  RecommendationType,
  RecommendedRemediationAction,
  RecommendedStep$,
  ResourceControlPolicyRestriction,
  ResourceNotFoundException,
  ResourceNotFoundException$,
  ResourceType,
  ResourceTypeDetails$,
  S3AccessPointConfiguration$,
  S3BucketAclGrantConfiguration$,
  S3BucketConfiguration$,
  S3ExpressDirectoryAccessPointConfiguration$,
  S3ExpressDirectoryBucketConfiguration$,
  S3PublicAccessBlockConfiguration$,
  SecretsManagerSecretConfiguration$,
  ServiceControlPolicyRestriction,
  ServiceQuotaExceededException,
  ServiceQuotaExceededException$,
  SnsTopicConfiguration$,
  SortCriteria$,
  Span$,
  SqsQueueConfiguration$,
  StartPolicyGeneration$,
  StartPolicyGenerationCommand,
  StartPolicyGenerationRequest$,
  StartPolicyGenerationResponse$,
  StartResourceScan$,
  StartResourceScanCommand,
  StartResourceScanRequest$,
  Status,
  StatusReason$,
  Substring$,
  TagResource$,
  TagResourceCommand,
  TagResourceRequest$,
  TagResourceResponse$,
  ThrottlingException,
  ThrottlingException$,
  Trail$,
  TrailProperties$,
  Type,
  UnprocessableEntityException,
  UnprocessableEntityException$,
  UntagResource$,
  UntagResourceCommand,
  UntagResourceRequest$,
  UntagResourceResponse$,
  UnusedAccessConfiguration$,
  UnusedAccessFindingsStatistics$,
  UnusedAccessTypeStatistics$,
  UnusedAction$,
  UnusedIamRoleDetails$,
  UnusedIamUserAccessKeyDetails$,
  UnusedIamUserPasswordDetails$,
  UnusedPermissionDetails$,
  UnusedPermissionsRecommendedStep$,
  UpdateAnalyzer$,
  UpdateAnalyzerCommand,
  UpdateAnalyzerRequest$,
  UpdateAnalyzerResponse$,
  UpdateArchiveRule$,
  UpdateArchiveRuleCommand,
  UpdateArchiveRuleRequest$,
  UpdateFindings$,
  UpdateFindingsCommand,
  UpdateFindingsRequest$,
  ValidatePolicy$,
  ValidatePolicyCommand,
  ValidatePolicyFinding$,
  ValidatePolicyFindingType,
  ValidatePolicyRequest$,
  ValidatePolicyResourceType,
  ValidatePolicyResponse$,
  ValidationException,
  ValidationException$,
  ValidationExceptionField$,
  ValidationExceptionReason,
  VpcConfiguration$,
  Client as __Client,
  errorTypeRegistries,
  paginateGetFindingRecommendation,
  paginateGetFindingV2,
  paginateListAccessPreviewFindings,
  paginateListAccessPreviews,
  paginateListAnalyzedResources,
  paginateListAnalyzers,
  paginateListArchiveRules,
  paginateListFindings,
  paginateListFindingsV2,
  paginateListPolicyGenerations,
  paginateValidatePolicy
};
