export * from "./dto";
export * from "./repository";
export * from "./service";
export * from "./status-flow";
export * from "./timeline";
