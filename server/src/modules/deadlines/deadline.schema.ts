// Statutory deadlines (法定期限): the rule catalogue, per-tenant settings, and the compute endpoint.
// Tables of this module (filled in by its owner).
export {};
