export declare function compileCms(appDir: string): Promise<{ appDir: string; distDir: string }>;
