export * from "./dto";
export * from "./lockout";
export * from "./repository";
export * from "./service";
export * from "./session-policy";
