export * from "./dto";
export * from "./repository";
export * from "./retention";
export * from "./service";
