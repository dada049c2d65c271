export const QUESTIONS_PATH = "/vragen";

export const NEW_QUESTION_PATH = `${QUESTIONS_PATH}/nieuw`;

export const questionPath = (id: string) => `${QUESTIONS_PATH}/${encodeURIComponent(id)}`;
