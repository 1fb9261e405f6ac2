export declare function generatePage(n: number): string;
export declare function generateLongPage(n: number, articles: number): string;
export declare function generateJsonl(count: number): string;
