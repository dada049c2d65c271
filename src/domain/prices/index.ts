export * from "./dto";
export * from "./price-csv";
export * from "./repository";
export * from "./service";
export * from "./starter-prices";
