export * from "./check-scores";
export * from "./dto";
export * from "./repository";
export * from "./self-reliance-matrix";
export * from "./service";
