-- DropTable
DROP TABLE "SignInFailure";

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "retryAt" TIMESTAMPTZ(3),
    "lastAttemptAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

ALTER TABLE "SignInThrottle"
  ADD CONSTRAINT "SignInThrottle_attempts_check" CHECK ("attempts" >= 0),
  ADD CONSTRAINT "SignInThrottle_key_check" CHECK ("key" ~ '^(account|account-address|address):');
