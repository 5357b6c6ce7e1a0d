import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { storageConfig } from "./storage-config";

const configOf = (env: Record<string, string>) => storageConfig(readEnv({ NODE_ENV: "test", ...env }));

describe("archive storage settings", () => {
  it("keeps archives under .data/archives by default, in ARCHIVE_DIR when set", () => {
    expect(configOf({})).toEqual({ kind: "folder", folder: ".data/archives" });
    expect(configOf({ ARCHIVE_DIR: "/srv/archives" })).toEqual({ kind: "folder", folder: "/srv/archives" });
  });

  it("uses S3 when S3_BUCKET is set: path-style addresses for another service's endpoint, virtual hosts on AWS", () => {
    expect(configOf({ S3_BUCKET: "exports", S3_ENDPOINT: "http://127.0.0.1:9000" })).toEqual({
      kind: "s3",
      bucket: "exports",
      region: "us-east-1",
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
    });
    expect(configOf({ S3_BUCKET: "exports", S3_REGION: "eu-west-1" })).toMatchObject({ kind: "s3", region: "eu-west-1", forcePathStyle: false });
    expect(configOf({ S3_BUCKET: "exports", S3_ENDPOINT: "https://r2.example", S3_FORCE_PATH_STYLE: "false" })).toMatchObject({ forcePathStyle: false });
  });

  it("refuses settings that cannot be meant, naming the variable", () => {
    expect(() => configOf({ S3_BUCKET: "exports" })).toThrow(/Invalid archive storage settings: S3_REGION is required with S3_BUCKET/);
    expect(() => configOf({ S3_ENDPOINT: "http://127.0.0.1:9000" })).toThrow(/S3_ENDPOINT is set but S3_BUCKET is not/);
    expect(() => readEnv({ NODE_ENV: "test", S3_BUCKET: "Not A Bucket" })).toThrow(/S3_BUCKET: a bucket name/);
    expect(() => readEnv({ NODE_ENV: "test", S3_BUCKET: "exports", S3_ENDPOINT: "ftp://host" })).toThrow(/S3_ENDPOINT/);
  });
});
