export * from "./decision-rules";
export * from "./dto";
export * from "./ledger";
export * from "./repository";
export * from "./service";
export * from "./report";
export * from "./mandate-holders";
export * from "./purpose-categories";
