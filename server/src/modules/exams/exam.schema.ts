// Tables of the exams module (placeholder until the module is written).
export {};
