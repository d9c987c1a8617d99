/** The origin the API tests pretend the site is served on (no server listens there). */
export const TEST_ORIGIN = 'http://localhost:5999';
export const TEST_BUCKET = 'passerelle-test';
