/** Types of bench/inputs.mjs, for the tests that share its generators. */
export declare function samplePage(): string;
export declare function sourcePages(): { pages: string[]; source: string };
export declare function multiPage(chars: number, pages?: readonly string[]): string;
export declare function repeatedSample(chars: number): string;
export declare const pathological: Readonly<Record<string, (chars: number) => string>>;
export declare const issueSizes: Readonly<Record<string, number>>;
