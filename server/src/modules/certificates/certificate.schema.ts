// Tables of the certificates module (placeholder until the module is written).
export {};
