// Tables of the leader-records module (placeholder until the module is written).
export {};
