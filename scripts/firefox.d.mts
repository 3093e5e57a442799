export declare const FIREFOX_HINT: string;
export declare function findFirefoxPath(env?: NodeJS.ProcessEnv): string | undefined;
