export * from "./dto";
export * from "./hash-chain";
export * from "./repository";
export * from "./verify-chain";
