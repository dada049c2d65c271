export * from "./dto";
export * from "./figures-of-counts";
export * from "./repository";
export * from "./service";
