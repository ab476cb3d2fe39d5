-- Throttle rows expire: a row past expires_at counts from zero and is deleted by the next sign-in
-- failure (lib/db/login-throttles.ts). Existing rows forget their failures a day after the last one.
ALTER TABLE "login_throttles" ADD COLUMN "expires_at" TIMESTAMPTZ(3);
UPDATE "login_throttles"
SET "expires_at" = GREATEST("last_failure" + INTERVAL '1 day', COALESCE("blocked_until", "last_failure"));
ALTER TABLE "login_throttles" ALTER COLUMN "expires_at" SET NOT NULL;

-- CreateIndex
CREATE INDEX "login_throttles_expires_at_idx" ON "login_throttles"("expires_at");

-- A browser that signed in to an account before: its attempts are not held up by the account's
-- global failure ceiling, so an attacker failing from many addresses cannot lock the real user out.
-- CreateTable
CREATE TABLE "login_devices" (
    "token_hash" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "login_devices_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "login_devices_user_id_idx" ON "login_devices"("user_id");

-- AddForeignKey
ALTER TABLE "login_devices" ADD CONSTRAINT "login_devices_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
