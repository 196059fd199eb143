// Cases (案件): parties, numbering, the one transition function, guards, deadlines.
// Tables of this module (filled in by its owner).
export {};
