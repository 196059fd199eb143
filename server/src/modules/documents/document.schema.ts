// Case documents (执法文书): .docx templates, generation, numbering and versions.
// Tables of this module (filled in by its owner).
export {};
