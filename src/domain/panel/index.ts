export * from "./build-packet";
export * from "./dto";
export * from "./repository";
export * from "./reviewer-independence";
export * from "./sample-cases";
export * from "./service";
