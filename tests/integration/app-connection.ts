/** The application role's password on the test cluster, set by the global setup. */
export const TEST_APP_PASSWORD = "provenance_app_test";
