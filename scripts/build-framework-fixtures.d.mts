// Types of scripts/build-framework-fixtures.mjs for the TypeScript tests and benchmark that import it.
export declare const FRAMEWORK_FIXTURES: Record<'react' | 'vue' | 'angular', string>;
export declare function buildEngineBundle(): Promise<string>;
export declare function buildFrameworkFixtures(outDir: string): Promise<Record<'react' | 'vue' | 'angular', string>>;
