// Procedures as versioned data (办案程序): definitions, validation, the API the diagram reads.
// Tables of this module (filled in by its owner).
export {};
