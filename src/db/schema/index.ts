export * from "./accounts";
export * from "./audit";
export * from "./tenancy";
export * from "./questions";
export * from "./tasks";
export * from "./households";
export * from "./cases";
export * from "./prices";
