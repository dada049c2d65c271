import type { Household, Person } from "../../domain/households/dto";

/** A member's name as it is shown and as conversation participants are recorded. @example fullName({ givenName: "Anna", familyName: "de Boer" }) // "Anna de Boer" */
export const fullName = (person: Pick<Person, "givenName" | "familyName">): string => `${person.givenName} ${person.familyName}`;

/**
 * The address from the parts that are known, or null when none is.
 * @example addressOf({ street: "Kerkstraat", houseNumber: "12", postcode: "3511 AB", city: "Utrecht" }) // "Kerkstraat 12, 3511 AB Utrecht"
 */
export const addressOf = (household: Pick<Household, "street" | "houseNumber" | "postcode" | "city">): string | null => {
  const street = [household.street, household.houseNumber].filter(Boolean).join(" ");
  const place = [household.postcode, household.city].filter(Boolean).join(" ");
  return [street, place].filter(Boolean).join(", ") || null;
};
