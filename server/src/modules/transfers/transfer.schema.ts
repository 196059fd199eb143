// Tables of the transfers module (placeholder until the module is written).
export {};
