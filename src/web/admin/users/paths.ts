export const USERS_PATH = "/beheer/gebruikers";

export const userPath = (id: string) => `${USERS_PATH}/${encodeURIComponent(id)}`;
