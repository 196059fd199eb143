// Tables of the annual-filings module (placeholder until the module is written).
export {};
