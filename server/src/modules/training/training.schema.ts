// Tables of the training module (placeholder until the module is written).
export {};
