export * from "./dto";
export * from "./evaluation-schedule";
export * from "./repository";
export * from "./service";
