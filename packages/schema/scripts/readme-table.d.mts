// Types of readme-table.mjs for the README test (the package's tsconfig does not check JavaScript).
export declare const TABLE_START: string;
export declare const TABLE_END: string;
export declare function renderSchemaTable(api: Record<string, unknown>): string;
export declare function readSchemaTable(readme: string): string;
export declare function writeSchemaTable(readme: string, table: string): string;
