export * from "./dto";
export * from "./repository";
export * from "./service";
export * from "./templates";
