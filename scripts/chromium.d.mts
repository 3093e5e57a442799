export declare const CHROMIUM_HINT: string;
export declare function findChromiumPath(env?: NodeJS.ProcessEnv): string | undefined;
