export * from "./access";
export * from "./bsn";
export * from "./dto";
export * from "./repository";
export * from "./service";
