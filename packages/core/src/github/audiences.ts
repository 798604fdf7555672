/** The audience GitHub's configure-aws-credentials requests and AWS STS expects by default. */
export const DEFAULT_AUDIENCES = ['sts.amazonaws.com'];
